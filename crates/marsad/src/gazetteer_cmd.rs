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
    /// rows are dropped, current ones preferred and duplicates merged. The curated aliases (press
    /// spellings, regions of the press, countries outside the WOF set) come from --aliases. The
    /// regional index is written to --out.
    ///
    /// The towns of the other countries come from --world (GeoNames, the columns of
    /// cities500_mena.tsv), each with only the names no regional place or alias has; they are
    /// written apart, to --world-out: the extractor reads the regional index, and the world
    /// towns only to place a kept event the regional index could not place below its country.
    /// Rebuild marsad to embed both.
    #[command(
        after_help = "Example:\n  marsad gazetteer build --from ../shared/data/gazetteer\n  (writes data/gazetteer/index.tsv and data/gazetteer/world-index.tsv)"
    )]
    Build {
        /// Folder with wof_*.tsv and cities500_mena.tsv.
        #[arg(long)]
        from: PathBuf,
        /// Curated alias file.
        #[arg(long, default_value = "data/gazetteer/aliases.tsv")]
        aliases: PathBuf,
        /// Towns of the countries outside the regional files (tools/gazetteer/world_cities.py).
        #[arg(long, default_value = "data/gazetteer/world-cities.tsv")]
        world: PathBuf,
        /// Where to write the regional index.
        #[arg(long, default_value = "data/gazetteer/index.tsv")]
        out: PathBuf,
        /// Where to write the index of the world towns.
        #[arg(long, default_value = "data/gazetteer/world-index.tsv")]
        world_out: PathBuf,
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
        GazCmd::Build {
            from,
            aliases,
            world,
            out,
            world_out,
        } => build(&from, &aliases, &world, &out, &world_out),
        GazCmd::Find { name } => find(&name),
    }
}

fn build(dir: &Path, aliases: &Path, world: &Path, out: &Path, world_out: &Path) -> Result<()> {
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
    let world_text = std::fs::read_to_string(world).with_context(|| {
        format!(
            "{}: cannot read the world towns (made by tools/gazetteer/world_cities.py; --world names another file)",
            world.display()
        )
    })?;
    if !world_text.starts_with("geonameid\t") {
        bail!(
            "{}:1: expected the header of cities500_mena.tsv (geonameid, country, name, names_ar, …)",
            world.display()
        );
    }
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
        "building from {} Who's On First files, GeoNames and {}…",
        wof.len(),
        world.display()
    );
    // one build: the world towns are added beside the regional places (so they take none of
    // their names); the regional rows and the world towns' rows are then written apart
    let (g, notes) = marsad_geo::build::build_with_world(&refs, &gn, &world_text, &alias_text);
    for n in notes {
        eprintln!("{n}");
    }
    let ids: std::collections::HashSet<String> = world_text
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .map(|id| format!("gn:{id}"))
        .collect();
    let all = g.to_bytes();
    let text = std::str::from_utf8(&all).context("the built index is not UTF-8")?;
    let (mut regional, mut world) = (String::new(), String::new());
    let (mut n_regional, mut n_world) = (0, 0);
    for line in text.lines() {
        let id = line.split('\t').next().unwrap_or("");
        if line.starts_with('#') || id == "id" {
            regional.push_str(line);
            regional.push('\n');
            world.push_str(line);
            world.push('\n');
        } else if ids.contains(id) {
            n_world += 1;
            world.push_str(line);
            world.push('\n');
        } else {
            n_regional += 1;
            regional.push_str(line);
            regional.push('\n');
        }
    }
    write_index(out, regional.as_bytes(), &format!("{n_regional} places"))?;
    write_index(world_out, world.as_bytes(), &format!("{n_world} places"))?;
    eprintln!(
        "built in {:.1} s (rebuild marsad to embed them)",
        t.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Write an index beside its place, then rename: a failed build never leaves half an index;
/// `what` says what it holds.
fn write_index(out: &Path, bytes: &[u8], what: &str) -> Result<()> {
    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("{}: cannot create the folder", parent.display()))?;
    }
    let tmp = out.with_extension("tsv.partial");
    std::fs::write(&tmp, bytes).with_context(|| format!("{}: cannot write", tmp.display()))?;
    std::fs::rename(&tmp, out).with_context(|| format!("{}: cannot replace", out.display()))?;
    eprintln!(
        "{}: {what}, {:.1} MB",
        out.display(),
        bytes.len() as f64 / 1e6
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
