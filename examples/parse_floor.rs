//! The parse-only floor: what reading a folder of pages costs before any extraction.
//!
//! For every `.html` file under the folder given (searched recursively), reads the bytes,
//! decodes them as UTF-8 (lossy), parses them with html5ever into an rcdom, and walks every
//! node with an explicit stack. Prints the pages, bytes and nodes seen. Time it beside
//! `newsprint DIR --jobs 1 -q -o /dev/null` with a process-timing tool to see what extraction
//! costs over the parse (see "Speed" in the README).
//!
//! ```sh
//! cargo build --release --examples
//! target/release/examples/parse_floor saved-pages/
//! ```

use std::path::{Path, PathBuf};

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, RcDom};

fn main() {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: parse_floor DIR");
        std::process::exit(2);
    };
    let mut paths = Vec::new();
    collect(Path::new(&dir), &mut paths);
    paths.sort();
    let (mut pages, mut bytes, mut nodes) = (0usize, 0usize, 0usize);
    for path in &paths {
        let Ok(raw) = std::fs::read(path) else {
            eprintln!("{}: unreadable", path.display());
            continue;
        };
        let html = String::from_utf8_lossy(&raw);
        let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(&*html);
        pages += 1;
        bytes += raw.len();
        nodes += count_nodes(&dom.document);
    }
    println!("{pages} pages, {bytes} bytes, {nodes} nodes");
}

/// Counts the nodes under `root` (itself included), depth first with an explicit stack.
fn count_nodes(root: &Handle) -> usize {
    let mut count = 0;
    let mut stack = vec![root.clone()];
    while let Some(node) = stack.pop() {
        count += 1;
        stack.extend(node.children.borrow().iter().cloned());
    }
    count
}

/// Gathers the `.html` files under `dir`, recursively.
fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "html") {
            out.push(path);
        }
    }
}
