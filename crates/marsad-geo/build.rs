//! Compile the embedded gazetteer index's name table into an image (see `src/table.rs`), so
//! that loading the gazetteer at run time parses and hashes nothing.

#[allow(dead_code)]
#[path = "src/table.rs"]
mod table;

fn main() {
    let index = "../../data/gazetteer/index.tsv";
    println!("cargo:rerun-if-changed={index}");
    println!("cargo:rerun-if-changed=src/table.rs");
    let text = std::fs::read_to_string(index).unwrap_or_else(|e| panic!("{index}: {e}"));
    let img = table::build(&text).unwrap_or_else(|(line, m)| panic!("{index}:{line}: {m}"));
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("index.img");
    std::fs::write(&out, img).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
