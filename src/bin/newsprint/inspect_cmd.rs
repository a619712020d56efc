//! `newsprint inspect PAGE -o report.html`: one self-contained HTML file showing the page
//! inert in a sandboxed frame, each element behind a field outlined and labelled, and a
//! panel with each field's value, provenance, a selector for a profile, and the candidates
//! that lost. The library explains (`Extractor::explain`); this draws.

use std::path::Path;

use minijinja::{Environment, context};
use newsprint::explain::{FIELD_ATTRIBUTE, FieldTrace, Located, MarkupOptions};
use newsprint::{Article, Explained, Page};
use serde::Serialize;
use serde_json::Value;

use crate::args::InspectArgs;
use crate::error::{CliError, display_path, lowercase};
use crate::extract_cmd::build_extractor;

/// The report's policy: inline styles, `data:` images, its own inline script; nothing from
/// the network. The framed page inherits it and adds its own, without scripts.
const REPORT_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
                          script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
/// The framed page's own policy: no scripts at all.
const PAGE_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/// How the elements behind fields look in the frame: an outline and a label with the
/// field's name; the body's container in blue, the one clicked in the panel in amber.
const PAGE_STYLE: &str = r#"
[data-newsprint-field] { outline: 2px solid #e8590c !important; outline-offset: 1px; }
[data-newsprint-field]::before { content: attr(data-newsprint-field); display: inline-block;
  margin: 0 4px 0 0; padding: 0 4px; border-radius: 2px; background: #e8590c; color: #fff;
  font: 600 11px/1.5 system-ui, sans-serif; letter-spacing: 0; text-transform: none;
  vertical-align: middle; white-space: nowrap; float: none; position: static; }
[data-newsprint-field~="body"] { outline-color: #1c7ed6 !important; }
[data-newsprint-field~="body"]::before { background: #1c7ed6; }
.newsprint-focus { outline: 4px solid #f59f00 !important; outline-offset: 2px;
  background-color: rgba(245, 159, 0, 0.12) !important; }
img[src^="data:image/svg+xml"] { max-width: 100%; height: auto; }
"#;

/// What every image shows instead of its own picture: a grey box saying so.
const IMAGE_PLACEHOLDER: &str = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' \
    width='320' height='180' viewBox='0 0 320 180'%3E%3Crect width='320' height='180' \
    fill='%23e9ecef' stroke='%23adb5bd'/%3E%3Ctext x='160' y='96' font-family='sans-serif' \
    font-size='16' fill='%23868e96' text-anchor='middle'%3Eimage (not loaded)%3C/text%3E%3C/svg%3E";

/// How many blocks of the body's start are shown as its value.
const BODY_PREVIEW_CHARS: usize = 160;

/// One field as the panel shows it.
#[derive(Debug, Serialize)]
struct PanelField {
    name: String,
    value: String,
    source: String,
    rule: Option<String>,
    raw: Option<String>,
    confidence: String,
    count: usize,
    located: &'static str,
    selector: Option<String>,
    selector_matches: usize,
    candidates: Vec<PanelCandidate>,
    /// Whether its candidates are listed open.
    open: bool,
}

#[derive(Debug, Serialize)]
struct PanelCandidate {
    value: String,
    source: String,
    selector: Option<String>,
    score: Option<String>,
    why: String,
}

pub fn run(args: &InspectArgs) -> Result<(), CliError> {
    let bytes = std::fs::read(&args.page).map_err(|e| CliError::io(&args.page, "read", &e))?;
    let extractor = build_extractor(args.profiles.as_deref(), args.no_profiles, None)?;
    let mut page = Page::from_bytes(&bytes);
    if let Some(url) = &args.url {
        page = page.url(url.as_str());
    }
    let explained = extractor.explain(&page);
    let report = render(&explained, &args.page, args.url.as_deref())?;
    std::fs::write(&args.output, report).map_err(|e| CliError::io(&args.output, "write", &e))?;
    if !args.quiet {
        let shown = explained
            .fields
            .iter()
            .filter(|f| !f.nodes.is_empty())
            .count();
        eprintln!(
            "newsprint: {}: {} fields, {shown} marked on the page; open {} in a browser",
            display_path(&args.page),
            explained.fields.len(),
            display_path(&args.output)
        );
    }
    Ok(())
}

/// The report's HTML.
fn render(explained: &Explained, path: &Path, url: Option<&str>) -> Result<String, CliError> {
    let article = &explained.article;
    let record = serde_json::to_value(article).unwrap_or(Value::Null);
    let fields: Vec<PanelField> = explained
        .fields
        .iter()
        .map(|trace| panel_field(trace, article, &record))
        .collect();
    let srcdoc = explained.page_markup(&MarkupOptions {
        csp: Some(PAGE_CSP),
        style: Some(PAGE_STYLE),
        image_placeholder: IMAGE_PLACEHOLDER,
    });
    let mut env = Environment::new();
    env.add_template("report.html", include_str!("inspect.html"))
        .map_err(|e| CliError::failure(format!("the report template: {}", lowercase(&e))))?;
    let template = env
        .get_template("report.html")
        .map_err(|e| CliError::failure(lowercase(&e)))?;
    template
        .render(context! {
            csp => REPORT_CSP,
            attribute => FIELD_ATTRIBUTE,
            page => display_path(path),
            url => url,
            headline => article.headline.clone(),
            profile => article.profile.as_ref().map(|p| p.id.clone()),
            warnings => article.warnings.clone(),
            shown => fields.iter().filter(|f| f.count > 0).count(),
            fields => minijinja::value::Serde(&fields),
            srcdoc => srcdoc,
        })
        .map_err(|e| CliError::failure(format!("the report: {}", lowercase(&e))))
}

fn panel_field(trace: &FieldTrace, article: &Article, record: &Value) -> PanelField {
    let provenance = trace.provenance.as_ref();
    PanelField {
        name: trace.field.clone(),
        value: value_text(&trace.field, article, record),
        source: provenance.map_or_else(String::new, |p| p.source.clone()),
        rule: provenance.and_then(|p| p.path.clone()),
        raw: provenance
            .and_then(|p| p.raw.clone())
            .filter(|raw| trace.field != "body" && raw.chars().count() <= 300),
        confidence: provenance.map_or_else(String::new, |p| format!("{:.2}", p.confidence)),
        count: trace.nodes.len(),
        located: match trace.located {
            Located::ProfileRule => "the profile rule's match",
            Located::BodyContainer => "the scored container",
            Located::TimeElement => "a <time> element",
            Located::Text => "found by its text",
            Located::NotShown => "not on the page",
        },
        selector: trace.selector.as_ref().map(|s| s.css.clone()),
        selector_matches: trace.selector.as_ref().map_or(0, |s| s.matches),
        open: matches!(trace.field.as_str(), "body" | "headline"),
        candidates: trace
            .candidates
            .iter()
            .map(|c| PanelCandidate {
                value: c.value.clone(),
                source: c.source.clone(),
                selector: c.selector.clone(),
                score: c.score.map(|s| format!("{s:.1}")),
                why: c.why.clone(),
            })
            .collect(),
    }
}

/// A field's value in a line: lists joined, dates as ISO 8601, the body as a count and its
/// opening words.
fn value_text(field: &str, article: &Article, record: &Value) -> String {
    if field == "body" {
        let words: usize = article
            .body
            .iter()
            .map(|b| b.text.split_whitespace().count())
            .sum();
        let first: String = article
            .paragraphs()
            .first()
            .map(|p| p.chars().take(BODY_PREVIEW_CHARS).collect())
            .unwrap_or_default();
        return format!("{} blocks, {words} words: {first}…", article.body.len());
    }
    let value = match field.split_once('.') {
        Some((outer, inner)) => record.get(outer).and_then(|v| v.get(inner)),
        None => record.get(field),
    };
    value.map_or_else(String::new, plain)
}

/// A JSON value as plain text.
fn plain(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(plain).collect::<Vec<_>>().join(" · "),
        Value::Object(map) => {
            for key in ["iso", "name", "url", "raw"] {
                if let Some(Value::String(s)) = map.get(key) {
                    return s.clone();
                }
            }
            value.to_string()
        }
        Value::Null => String::new(),
        other => other.to_string(),
    }
}
