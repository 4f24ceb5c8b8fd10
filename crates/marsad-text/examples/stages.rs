//! Time the text stages (folding, tokenizing, clitic readings) over texts separated by NUL.
use marsad_text::normalize::Folded;
use marsad_text::tokens::Analyzed;
use marsad_text::AllReadings;
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: stages FILE (texts separated by NUL)");
    let all = std::fs::read_to_string(&path).expect("read");
    let texts: Vec<&str> = all.split('\0').filter(|t| !t.is_empty()).collect();
    let chars: usize = texts.iter().map(|t| t.chars().count()).sum();
    let reps = 3;
    let mut best = [f64::MAX; 3];
    for _ in 0..reps {
        let t = Instant::now();
        let mut n = 0;
        for s in &texts {
            n += Folded::new(s).text.len();
        }
        best[0] = best[0].min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        for s in &texts {
            n += Analyzed::new(s).tokens.len();
        }
        best[1] = best[1].min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        for s in &texts {
            let a = Analyzed::new(s);
            n += AllReadings::new(&a.tokens).get(0).len();
        }
        best[2] = best[2].min(t.elapsed().as_secs_f64());
        std::hint::black_box(n);
    }
    let per = |s: f64| s * 1e9 / chars as f64;
    println!("{} texts, {} chars", texts.len(), chars);
    println!("fold: {:.2} ns/char; analyze: {:.2} ns/char; analyze+readings: {:.2} ns/char; {:.0} texts/s analyze+readings", per(best[0]), per(best[1]), per(best[2]), texts.len() as f64 / best[2]);
}
