//! Link settings for the `newsprint` command.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    // Packed relative relocations (DT_RELR, glibc 2.36 and binutils 2.38 or later): the
    // time-zone tables hold tens of thousands of pointers, and their classic relocation
    // table is a megabyte and a half that the loader reads at every start. Packed, the
    // same relocations take some kilobytes; the program stays position-independent. A
    // linker or C library without the feature leaves the relocations as they were.
    if var("CARGO_CFG_TARGET_OS") == "linux" && var("CARGO_CFG_TARGET_ENV") == "gnu" {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}
