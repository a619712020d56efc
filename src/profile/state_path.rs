//! Paths into an embedded page state (`headlines.basic`, `credits.by[*].name`,
//! `content_elements[type=text].content`): parsed when a profile loads, then followed
//! through a state's JSON, step by step, never revisiting a value.
//!
//! A path is steps joined by dots; each step is a key, `*` (every value of an object or
//! item of an array), or a key followed by selectors in brackets:
//! - `[2]`: the array item at an index (from 0);
//! - `[*]`: every item;
//! - `[type=text]`, `[type=text|header]`: the items whose key holds one of the values.
//!
//! A key applied to an array applies to each of its items, as in JSON-LD paths.

use serde_json::Value;

/// The most values a path collects on one page.
const MAX_VALUES: usize = 10_000;

/// One step of a path.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Key(String),
    AnyValue,
    Index(usize),
    EveryItem,
    Where { key: String, values: Vec<String> },
}

/// A parsed path into a state.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct StatePath {
    steps: Vec<Step>,
    text: String,
}

impl StatePath {
    /// Parses a path; an error says what is wrong with it.
    pub(crate) fn parse(path: &str) -> Result<Self, String> {
        let invalid = |why: &str| format!("invalid state path {path:?}: {why}");
        let mut steps = Vec::new();
        for part in path.split('.') {
            let (key, selectors) = match part.split_once('[') {
                Some((key, selectors)) => (key, Some(selectors)),
                None => (part, None),
            };
            match key {
                "" if selectors.is_none() => return Err(invalid("empty step")),
                "" => {}
                "*" => steps.push(Step::AnyValue),
                key => steps.push(Step::Key(key.to_string())),
            }
            let Some(selectors) = selectors else {
                continue;
            };
            let Some(selectors) = selectors.strip_suffix(']') else {
                return Err(invalid("unclosed `[`"));
            };
            for selector in selectors.split("][") {
                steps.push(selector_step(selector).ok_or_else(|| invalid("bad selector"))?);
            }
        }
        Ok(StatePath {
            steps,
            text: path.to_string(),
        })
    }

    /// The path as written.
    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    /// The values at the path, in the state's order: arrays at the end give their items.
    pub(crate) fn values<'v>(&self, state: &'v Value) -> Vec<&'v Value> {
        let mut current = vec![state];
        for step in &self.steps {
            let mut next = Vec::new();
            for value in current {
                follow(step, value, &mut next);
                if next.len() >= MAX_VALUES {
                    break;
                }
            }
            current = next;
        }
        current
            .into_iter()
            .flat_map(|v| match v {
                Value::Array(items) => items.iter().collect(),
                other => vec![other],
            })
            .take(MAX_VALUES)
            .collect()
    }
}

/// A step from the text inside brackets.
fn selector_step(selector: &str) -> Option<Step> {
    if selector == "*" {
        return Some(Step::EveryItem);
    }
    if let Ok(index) = selector.parse::<usize>() {
        return Some(Step::Index(index));
    }
    let (key, values) = selector.split_once('=')?;
    (!key.is_empty()).then(|| Step::Where {
        key: key.to_string(),
        values: values.split('|').map(str::to_string).collect(),
    })
}

/// Adds what one step reaches from one value.
fn follow<'v>(step: &Step, value: &'v Value, out: &mut Vec<&'v Value>) {
    match (step, value) {
        (Step::Key(key), Value::Array(items)) => {
            out.extend(items.iter().filter_map(|item| item.get(key)));
        }
        (Step::Key(key), other) => out.extend(other.get(key)),
        (Step::AnyValue, Value::Object(map)) => out.extend(map.values()),
        (Step::AnyValue | Step::EveryItem, Value::Array(items)) => out.extend(items),
        (Step::Index(i), Value::Array(items)) => out.extend(items.get(*i)),
        (Step::Where { key, values }, Value::Array(items)) => out.extend(
            items
                .iter()
                .filter(|item| item.get(key).is_some_and(|v| holds_one_of(v, values))),
        ),
        _ => {}
    }
}

fn holds_one_of(value: &Value, values: &[String]) -> bool {
    match value {
        Value::String(s) => values.iter().any(|v| v == s),
        Value::Number(n) => values.contains(&n.to_string()),
        Value::Bool(b) => values.contains(&b.to_string()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn at(path: &str, state: &Value) -> Vec<Value> {
        StatePath::parse(path)
            .unwrap()
            .values(state)
            .into_iter()
            .cloned()
            .collect()
    }

    #[test]
    fn follows_keys_indexes_wildcards_and_filters() {
        let state = json!({
            "story": {
                "title": "Ferry strike ends",
                "authors": [{"name": "Ana Ruiz", "role": "writer"}, {"name": "Ben Ode"}],
                "tags": ["ferries", "strikes"],
                "blocks": [
                    {"type": "text", "content": "First."},
                    {"type": "link", "content": "Read more"},
                    {"type": "header", "content": "Later"},
                ],
            }
        });
        assert_eq!(at("story.title", &state), vec![json!("Ferry strike ends")]);
        assert_eq!(
            at("story.authors[*].name", &state),
            vec![json!("Ana Ruiz"), json!("Ben Ode")]
        );
        // A key on an array applies to each item.
        assert_eq!(at("story.authors.name", &state).len(), 2);
        assert_eq!(at("story.authors[1].name", &state), vec![json!("Ben Ode")]);
        assert_eq!(
            at("story.tags", &state),
            vec![json!("ferries"), json!("strikes")]
        );
        assert_eq!(
            at("story.blocks[type=text|header].content", &state),
            vec![json!("First."), json!("Later")]
        );
        assert_eq!(at("*.title", &state), vec![json!("Ferry strike ends")]);
        assert!(at("story.missing.title", &state).is_empty());
        assert!(at("story.title[0]", &state).is_empty());
    }

    #[test]
    fn bad_paths_are_errors() {
        for bad in ["", "a..b", "a[", "a[]", "a[=x]", "a.[0"] {
            assert!(StatePath::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(StatePath::parse("a[0][*]").unwrap().as_str(), "a[0][*]");
    }

    #[test]
    fn wide_states_cost_one_visit_per_value() {
        let items: Vec<Value> = (0..50_000).map(|i| json!({"n": i})).collect();
        let state = json!({ "items": items });
        assert_eq!(at("items[*].n", &state).len(), MAX_VALUES);
    }
}
