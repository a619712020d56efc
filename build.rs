//! Link settings for the `newsprint` command.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    // A position-dependent executable. The time-zone tables hold tens of thousands of
    // pointers; in a position-independent program the loader writes every one of them at
    // start, which keeps their 1.7 MB resident in every process, a batch that never reads a
    // time zone included. Linked at a fixed address they stay on disk until read. The
    // libraries, heap and stack are still placed at random; the library forbids unsafe code.
    if var("CARGO_CFG_TARGET_OS") == "linux" && var("CARGO_CFG_TARGET_ENV") == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
