//! Measure the gazetteer: index load time, throughput of `mentions` + `resolve` over a
//! corpus, and (with `--gold`) the share of gold event places that some resolved mention of
//! the article hits within the gold tolerance.
//!
//! `zcat ../shared/corpus/saudinewsnet-2015.jsonl.gz | cargo run -p marsad-geo --release --example measure`
//! `cargo run -p marsad-geo --release --example measure -- --gold ../shared/eval/dev.jsonl [-v]`
use marsad_geo::{distance_km, Gazetteer};
use marsad_text::tokens::Analyzed;
use std::io::BufRead;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let verbose = args.iter().any(|a| a == "-v");
    let t = Instant::now();
    let g = Gazetteer::embedded();
    eprintln!("index load: {:?} ({} places)", t.elapsed(), g.len());
    if let Some(i) = args.iter().position(|a| a == "--gold") {
        gold(g, &args[i + 1], verbose);
        return;
    }
    let stdin = std::io::stdin();
    let texts: Vec<String> = stdin
        .lock()
        .lines()
        .map_while(Result::ok)
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(&l).ok())
        .map(|v| v["text"].as_str().unwrap_or("").to_string())
        .collect();
    let t = Instant::now();
    let (mut nm, mut nr) = (0, 0);
    for text in &texts {
        let a = Analyzed::new(text);
        let ms = g.mentions(&a);
        nm += ms.len();
        nr += g.resolve(&a, &ms).len();
    }
    let e = t.elapsed();
    eprintln!(
        "{} articles, {nm} mentions, {nr} resolutions in {e:?}: {:.0} articles/s (tokenizing included)",
        texts.len(),
        texts.len() as f64 / e.as_secs_f64()
    );
}

fn gold(g: &Gazetteer, path: &str, verbose: bool) {
    let text = std::fs::read_to_string(path).expect("gold file");
    let (mut total, mut hit, mut total_req, mut hit_req) = (0, 0, 0, 0);
    for line in text.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let body = v["text"].as_str().unwrap_or("");
        let a = Analyzed::new(body);
        let ms = g.mentions(&a);
        let rs = g.resolve(&a, &ms);
        if verbose {
            println!("== {}", v["id"].as_str().unwrap_or(""));
            for r in &rs {
                let m = &ms[r.mention];
                let p = g.place(r.place);
                println!(
                    "  {} -> {} {} ({:.3},{:.3}) {:?} [{}]",
                    a.span(m.start, m.end, m.skip).slice(body),
                    p.name,
                    p.country,
                    p.lat,
                    p.lon,
                    r.precision,
                    r.reason
                );
            }
        }
        for e in v["events"].as_array().into_iter().flatten() {
            let loc = &e["location"];
            let (Some(lat), Some(lon)) = (loc["lat"].as_f64(), loc["lon"].as_f64()) else {
                continue;
            };
            let tol = loc["tolerance_km"].as_f64().unwrap_or(25.0);
            let optional = e["optional"].as_bool().unwrap_or(false);
            let ok = rs.iter().any(|r| {
                let p = g.place(r.place);
                distance_km(p.lat, p.lon, lat, lon) <= tol
            });
            total += 1;
            hit += ok as u32;
            if !optional {
                total_req += 1;
                hit_req += ok as u32;
            }
            if verbose {
                println!(
                    "  gold {} ({lat},{lon}) ±{tol}: {}",
                    loc["name"],
                    if ok { "HIT" } else { "miss" }
                );
            }
        }
    }
    println!(
        "gold places with coordinates hit by some resolved mention: {hit}/{total} ({:.0}%); required events only: {hit_req}/{total_req} ({:.0}%)",
        100.0 * hit as f64 / total as f64,
        100.0 * hit_req as f64 / total_req as f64
    );
}
