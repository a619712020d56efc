//! The `newsprint` command line.

fn main() {}
