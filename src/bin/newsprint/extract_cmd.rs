//! `newsprint [extract] FILE`: one page to JSON on standard output.

use newsprint::{Extractor, Page};

use crate::args::ExtractArgs;
use crate::error::{CliError, display_path, lowercase};
use crate::{guard, input, output};

pub fn run(args: &ExtractArgs) -> Result<(), CliError> {
    let Some(path) = &args.file else {
        return Err(CliError::usage(
            "no page given; pass a FILE (.html, .htm, .gz) or - for standard input",
        ));
    };
    let bytes = input::read_page(path)?;
    let mut page = Page::from_bytes(&bytes);
    if let Some(url) = &args.url {
        page = page.url(url.as_str());
    }
    let article = guard::catch(|| Extractor::new().extract(&page)).map_err(|panic| {
        CliError::failure(format!(
            "{}: extraction failed ({panic}); this is a bug in newsprint, please report it \
             with the page",
            display_path(path)
        ))
    })?;
    let json = if args.compact {
        serde_json::to_string(&article)
    } else {
        serde_json::to_string_pretty(&article)
    }
    .map_err(|e| {
        CliError::failure(format!(
            "cannot write the article as JSON: {}",
            lowercase(&e)
        ))
    })?;
    output::print(&format!("{json}\n"))
}
