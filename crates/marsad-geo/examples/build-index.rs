//! Regenerate the committed index from the raw gazetteers.
//!
//! `cargo run -p marsad-geo --release --example build-index -- ../shared/data/gazetteer data/gazetteer/index.tsv`
//! (the alias file is read from beside the output file).
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: build-index SOURCE_DIR OUT_FILE");
        std::process::exit(2);
    }
    let dir = Path::new(&args[1]);
    let out = Path::new(&args[2]);
    let mut wof = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("source dir").flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with("wof_") && name.ends_with(".tsv") {
            wof.push((name, std::fs::read_to_string(&p).expect("read wof")));
        }
    }
    let gn = std::fs::read_to_string(dir.join("cities500_mena.tsv")).expect("read cities500_mena.tsv");
    let aliases = std::fs::read_to_string(out.with_file_name("aliases.tsv")).unwrap_or_default();
    let refs: Vec<(&str, &str)> = wof.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let t = std::time::Instant::now();
    let (g, notes) = marsad_geo::build::build_with_report(&refs, &gn, &aliases);
    for n in notes {
        eprintln!("{n}");
    }
    let bytes = g.to_bytes();
    std::fs::write(out, &bytes).expect("write index");
    eprintln!("{} places, {} names, {} bytes, built in {:?}", g.len(), g.names().count(), bytes.len(), t.elapsed());
}
