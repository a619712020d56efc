//! A rule as the learner proposes it: the same keys as a profile file's rule, kept as text so
//! that it can be compiled to a [`Rule`] for scoring and written back as TOML.

use crate::profile::Rule;

/// One proposed rule (the keys of a profile file's rule that the learner uses).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Draft {
    pub css: Option<String>,
    pub attr: Option<String>,
    pub meta: Option<String>,
    pub jsonld: Option<String>,
    pub format: Option<String>,
    pub strip_suffix: Option<String>,
    pub split: Option<String>,
    pub exclude: Vec<String>,
}

impl Draft {
    /// A `css` rule.
    pub fn css(selector: &str) -> Draft {
        Draft {
            css: Some(selector.to_string()),
            ..Draft::default()
        }
    }

    /// A `meta` rule.
    pub fn meta(name: &str) -> Draft {
        Draft {
            meta: Some(name.to_string()),
            ..Draft::default()
        }
    }

    /// A `jsonld` rule.
    pub fn jsonld(path: &str) -> Draft {
        Draft {
            jsonld: Some(path.to_string()),
            ..Draft::default()
        }
    }

    /// The same rule reading an attribute.
    pub fn with_attr(mut self, attr: &str) -> Draft {
        self.attr = Some(attr.to_string());
        self
    }

    /// The same rule with a separator to split values at.
    pub fn with_split(mut self, separator: &str) -> Draft {
        self.split = Some(separator.to_string());
        self
    }

    /// Compiles the draft; `None` when a selector or format does not compile.
    pub fn compile(&self) -> Option<Rule> {
        let mut rule = if let Some(css) = &self.css {
            Rule::css(css).ok()?
        } else if let Some(meta) = &self.meta {
            Rule::meta(meta)
        } else {
            Rule::jsonld(self.jsonld.as_deref()?)
        };
        if let Some(attr) = &self.attr {
            rule = rule.attr(attr);
        }
        if let Some(format) = &self.format {
            rule = rule.format(format).ok()?;
        }
        if let Some(suffix) = &self.strip_suffix {
            rule = rule.strip_suffix(suffix);
        }
        if let Some(split) = &self.split {
            rule = rule.split(split);
        }
        for exclude in &self.exclude {
            rule = rule.exclude(exclude).ok()?;
        }
        Some(rule)
    }

    /// How much the rule says: one for its source, one per part of a selector, one per
    /// shaping key; `itemprop`, which names the value itself, is free. Of two rules that
    /// reproduce the same pages, the simpler is kept.
    pub fn cost(&self) -> usize {
        let itemprop = self
            .css
            .as_deref()
            .is_some_and(|c| c.contains("[itemprop="));
        let selector_parts = self.css.as_deref().map_or(0, |css| {
            css.split([' ', '.', '#', '[', '>'])
                .filter(|p| !p.is_empty())
                .count()
        });
        1 + selector_parts
            + usize::from(self.attr.is_some())
            + usize::from(self.format.is_some())
            + usize::from(self.strip_suffix.is_some())
            + usize::from(self.split.is_some())
            - usize::from(itemprop)
    }

    /// The rule as a TOML inline table.
    pub fn to_toml(&self) -> String {
        let quote = |s: &str| toml::Value::String(s.to_string()).to_string();
        let mut parts = Vec::new();
        let keys = [
            ("css", &self.css),
            ("attr", &self.attr),
            ("meta", &self.meta),
            ("jsonld", &self.jsonld),
            ("format", &self.format),
            ("strip_suffix", &self.strip_suffix),
            ("split", &self.split),
        ];
        for (key, value) in keys {
            if let Some(value) = value {
                parts.push(format!("{key} = {}", quote(value)));
            }
        }
        if !self.exclude.is_empty() {
            let list: Vec<String> = self.exclude.iter().map(|e| quote(e)).collect();
            parts.push(format!("exclude = [{}]", list.join(", ")));
        }
        format!("{{ {} }}", parts.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_compile_and_write() {
        let draft = Draft {
            exclude: vec![".promo".into()],
            ..Draft::css("div.story-text")
        };
        assert!(draft.compile().is_some());
        assert_eq!(
            draft.to_toml(),
            r#"{ css = "div.story-text", exclude = [".promo"] }"#
        );
        assert_eq!(draft.cost(), 3);
        let meta = Draft::meta("keywords").with_split(",");
        assert_eq!(meta.to_toml(), r#"{ meta = "keywords", split = "," }"#);
        assert!(Draft::css("h1[").compile().is_none());
    }
}
