//! Compile the embedded gazetteer indexes' name tables into images (see `src/table.rs`), so
//! that loading the gazetteer at run time parses and hashes nothing.

#[allow(dead_code)]
#[path = "src/table.rs"]
mod table;

fn main() {
    // the regional index, and the world towns (placed only where the regional index has none)
    for (index, image) in [
        ("../../data/gazetteer/index.tsv", "index.img"),
        ("../../data/gazetteer/world-index.tsv", "world-index.img"),
    ] {
        println!("cargo:rerun-if-changed={index}");
        let text = std::fs::read_to_string(index).unwrap_or_else(|e| panic!("{index}: {e}"));
        let img = table::build(&text).unwrap_or_else(|(line, m)| panic!("{index}:{line}: {m}"));
        let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
            .join(image);
        std::fs::write(&out, img).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    }
    println!("cargo:rerun-if-changed=src/table.rs");
}
