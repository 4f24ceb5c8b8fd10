//! `marsad gazetteer`: compile the place index from the raw gazetteers, and look names up.

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Parser)]
pub struct GazetteerArgs {
    #[command(subcommand)]
    cmd: GazCmd,
}

#[derive(Subcommand)]
enum GazCmd {
    /// Compile Who's On First and GeoNames extracts into the index marsad embeds.
    ///
    /// DIR holds `wof_XX.tsv` files (one per country) and `cities500_mena.tsv` (GeoNames towns
    /// of 500 or more), as in ../shared/data/gazetteer/ (formats in its SOURCES.md). Deprecated
    /// rows are dropped, current ones preferred and duplicates merged. The curated aliases
    /// (press spellings, regions of the press, countries outside the WOF set) come from
    /// --aliases. The index is written to --out; rebuild marsad to embed it.
    #[command(
        after_help = "Example:\n  marsad gazetteer build --from ../shared/data/gazetteer --out data/gazetteer/index.tsv"
    )]
    Build {
        /// Folder with wof_*.tsv and cities500_mena.tsv.
        #[arg(long)]
        from: PathBuf,
        /// Curated alias file.
        #[arg(long, default_value = "data/gazetteer/aliases.tsv")]
        aliases: PathBuf,
        /// Where to write the index.
        #[arg(long, default_value = "data/gazetteer/index.tsv")]
        out: PathBuf,
    },
    /// Show the places a name can be, as the embedded index knows them.
    #[command(
        after_help = "Example:\n  marsad gazetteer find الباغوز\n  marsad gazetteer find \"دير الزور\""
    )]
    Find {
        /// A place name as written in Arabic (clitics and the article are read off).
        name: String,
    },
}

pub fn run(args: GazetteerArgs) -> Result<()> {
    match args.cmd {
        GazCmd::Build { from, aliases, out } => build(&from, &aliases, &out),
        GazCmd::Find { name } => find(&name),
    }
}

fn build(dir: &Path, aliases: &Path, out: &Path) -> Result<()> {
    if !dir.is_dir() {
        bail!(
            "{}: not a folder (expected the raw gazetteers: wof_XX.tsv and cities500_mena.tsv)",
            dir.display()
        );
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot list the folder", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    let mut wof = Vec::new();
    for p in &files {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if name.starts_with("wof_") && name.ends_with(".tsv") {
            let text = std::fs::read_to_string(p)
                .with_context(|| format!("{}: cannot read", p.display()))?;
            wof.push((name, text));
        }
    }
    if wof.is_empty() {
        bail!("{}: no wof_XX.tsv file in this folder", dir.display());
    }
    let gn_path = dir.join("cities500_mena.tsv");
    let gn = std::fs::read_to_string(&gn_path)
        .with_context(|| format!("{}: cannot read the GeoNames towns", gn_path.display()))?;
    let alias_text = if aliases.exists() {
        std::fs::read_to_string(aliases)
            .with_context(|| format!("{}: cannot read", aliases.display()))?
    } else {
        eprintln!(
            "note: {} not found; building without curated aliases",
            aliases.display()
        );
        String::new()
    };
    let refs: Vec<(&str, &str)> = wof.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let t = std::time::Instant::now();
    eprintln!(
        "building from {} Who's On First files and GeoNames…",
        wof.len()
    );
    let (g, notes) = marsad_geo::build::build_with_report(&refs, &gn, &alias_text);
    for n in notes {
        eprintln!("{n}");
    }
    let bytes = g.to_bytes();
    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("{}: cannot create the folder", parent.display()))?;
    }
    // write beside, then rename: a failed build never leaves half an index
    let tmp = out.with_extension("tsv.partial");
    std::fs::write(&tmp, &bytes).with_context(|| format!("{}: cannot write", tmp.display()))?;
    std::fs::rename(&tmp, out).with_context(|| format!("{}: cannot replace", out.display()))?;
    eprintln!(
        "{}: {} places, {} names, {:.1} MB, in {:.1} s (rebuild marsad to embed it)",
        out.display(),
        g.len(),
        g.names().count(),
        bytes.len() as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );
    Ok(())
}

fn find(name: &str) -> Result<()> {
    let g = marsad_geo::Gazetteer::embedded();
    let a = marsad_text::tokens::Analyzed::new(name);
    let ms = g.mentions_unfiltered(&a);
    if ms.is_empty() {
        bail!("«{name}»: no place of that name in the index");
    }
    // a closed pipe (`| head`) ends the listing quietly: the error reaches main as BrokenPipe
    let mut out = std::io::stdout().lock();
    for (m, key) in ms {
        let stop = match g.stop_mode(&key) {
            Some(marsad_geo::StopMode::Drop) => " (an ordinary word too: never taken as a place)",
            Some(marsad_geo::StopMode::Cue) => {
                " (an ordinary word too: a place only after قرية، بلدة…)"
            }
            None => "",
        };
        writeln!(
            out,
            "«{}» → {} candidate(s){stop}",
            a.span(m.start, m.end, m.skip).slice(name),
            m.candidates.len()
        )?;
        for &c in &m.candidates {
            let p = g.place(c);
            writeln!(
                out,
                "  {:<14} {:<10} {:<2} {:<22} {:>9.4} {:>9.4}  pop {:>9}  {}",
                p.id,
                format!("{:?}", p.kind),
                p.country,
                p.admin1.as_deref().unwrap_or("-"),
                p.lat,
                p.lon,
                p.population,
                p.name
            )?;
        }
    }
    Ok(())
}
