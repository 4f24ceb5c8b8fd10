//! `marsad place-mentions`: learn and measure the place-mention model (is a gazetteer match,
//! here, a place?) on tagged named-entity corpora.

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use marsad_geo::mention_model::PlaceMentionModel;
use marsad_geo::mention_train::{self, Scheme, Tagged, TrainOptions};
use marsad_geo::Gazetteer;
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(Parser)]
pub struct PlaceMentionsArgs {
    #[command(subcommand)]
    cmd: PmCmd,
}

const DATA_HELP: &str = "Folder with ANERCorp.txt (TOKEN TAG per line, flat BIO tags; sentences end at . ! ? ؟) and wojood-sample/{train,val,test}.txt (TOKEN TAG TAG... per line, nested BIO tags outermost first, a blank line between sentences)";

#[derive(Subcommand)]
enum PmCmd {
    /// Learn the place-mention model from tagged corpora and write it.
    ///
    /// Every gazetteer match (before the stoplist) in a tagged sentence is one example: a
    /// place when the corpus tags all its words LOC (ANERcorp) or, outermost, GPE/LOC/FAC
    /// (Wojood). Training: the first 80% of ANERcorp's sentences and Wojood's train and val
    /// files; held out: the last 20% of ANERcorp's sentences (and Wojood's test file, reported
    /// too). The L2 weight and the threshold are chosen by 5-fold cross-validation on the
    /// training part. Deterministic: the same data give the same file, byte for byte.
    #[command(
        after_help = "Examples:\n  marsad place-mentions train                       # ../shared/data/ner -> data/model/place-mention.tsv\n  marsad place-mentions train --data ../shared/data/ner -o /tmp/place-mention.tsv\n\nRebuild marsad afterwards to embed a new data/model/place-mention.tsv."
    )]
    Train {
        #[arg(long, default_value = "../shared/data/ner", help = DATA_HELP)]
        data: PathBuf,
        /// Where to write the model.
        #[arg(short, long, default_value = "data/model/place-mention.tsv")]
        out: PathBuf,
        /// Features seen in fewer training examples are dropped.
        #[arg(long, default_value_t = 3)]
        min_count: usize,
    },
    /// Measure a place-mention model on the held-out part (the last 20% of ANERcorp's
    /// sentences, and Wojood's test file).
    ///
    /// Prints, as a filter over gazetteer matches ("is this match a place?"), precision,
    /// recall and F1 of the model, of keeping every match and of the stoplist; then place
    /// mentions against every tagged place entity (exact tokens), which the gazetteer's
    /// recall bounds; then the time one call takes.
    #[command(
        after_help = "Examples:\n  marsad place-mentions eval                        # the embedded model on ../shared/data/ner\n  marsad place-mentions eval --model /tmp/place-mention.tsv --data ../shared/data/ner\n  marsad place-mentions eval --errors 40          # the matches it gets most wrong"
    )]
    Eval {
        #[arg(long, default_value = "../shared/data/ner", help = DATA_HELP)]
        data: PathBuf,
        /// A model file (default: the one compiled in).
        #[arg(long)]
        model: Option<PathBuf>,
        /// Also print the N held-out ANERcorp matches the model judges wrongly, most confident
        /// first, with the words around them (for looking at, not for committing: the corpus
        /// is for research use).
        #[arg(long, default_value_t = 0, value_name = "N")]
        errors: usize,
    },
    /// Score every gazetteer match of a text (before the stoplist), with the features that
    /// weighed most.
    #[command(
        after_help = "Examples:\n  marsad place-mentions score \"قال الرئيس بشار الأسد إن القصف على مدينة حلب مستمر\"\n  marsad place-mentions score \"في الرقة أمس\" --model /tmp/place-mention.tsv"
    )]
    Score {
        /// Arabic text.
        text: String,
        /// A model file (default: the one compiled in).
        #[arg(long)]
        model: Option<PathBuf>,
    },
}

pub fn run(args: PlaceMentionsArgs) -> Result<i32> {
    match args.cmd {
        PmCmd::Train {
            data,
            out,
            min_count,
        } => train(&data, &out, min_count),
        PmCmd::Eval {
            data,
            model,
            errors,
        } => eval(&data, model.as_deref(), errors),
        PmCmd::Score { text, model } => score(&text, model.as_deref()),
    }
}

fn read_corpus(path: &Path, scheme: Scheme) -> Result<Vec<Tagged>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read the tagged corpus", path.display()))?;
    mention_train::parse_corpus(&text, scheme)
        .map_err(|e| anyhow::anyhow!("{}:{}: {}", path.display(), e.line, e.message))
}

/// The corpora: ANERcorp's training and held-out parts, Wojood's train+val and test.
struct Data {
    aner_train: Vec<Tagged>,
    aner_held: Vec<Tagged>,
    woj_train: Vec<Tagged>,
    woj_test: Vec<Tagged>,
}

fn load(dir: &Path) -> Result<Data> {
    if !dir.is_dir() {
        bail!(
            "{}: not a folder (expected ANERCorp.txt and wojood-sample/)",
            dir.display()
        );
    }
    let aner = read_corpus(&dir.join("ANERCorp.txt"), Scheme::Flat)?;
    let (a, b) = mention_train::split(&aner, 80);
    let woj = dir.join("wojood-sample");
    let mut woj_train = read_corpus(&woj.join("train.txt"), Scheme::Nested)?;
    woj_train.extend(read_corpus(&woj.join("val.txt"), Scheme::Nested)?);
    let woj_test = read_corpus(&woj.join("test.txt"), Scheme::Nested)?;
    Ok(Data {
        aner_train: a.to_vec(),
        aner_held: b.to_vec(),
        woj_train,
        woj_test,
    })
}

fn train(dir: &Path, out: &Path, min_count: usize) -> Result<i32> {
    let t0 = Instant::now();
    let d = load(dir)?;
    let g = Gazetteer::embedded();
    let mut sents = d.aner_train.clone();
    sents.extend(d.woj_train.iter().cloned());
    let ex = mention_train::examples(g, &sents);
    let pos = ex.iter().filter(|e| e.label).count();
    eprintln!(
        "training part: {} sentences ({} ANERcorp, {} Wojood), {} gazetteer matches, {} of them places",
        sents.len(),
        d.aner_train.len(),
        d.woj_train.len(),
        ex.len(),
        pos
    );
    let opt = TrainOptions {
        min_count,
        ..TrainOptions::default()
    };
    let header = vec![
        (
            "model".to_string(),
            "place mention: logistic regression over named features of a gazetteer match in its sentence (crates/marsad-geo/src/mention_model.rs)".to_string(),
        ),
        (
            "made_by".to_string(),
            "marsad place-mentions train --data ../shared/data/ner (research-use corpora: ANERcorp, Wojood sample; no sentence of them is in this file, features name single words)".to_string(),
        ),
        (
            "examples".to_string(),
            format!(
                "{} gazetteer matches, {} places, in {} sentences: the first 80% of ANERcorp's ({}) and Wojood's train and val ({})",
                ex.len(),
                pos,
                sents.len(),
                d.aner_train.len(),
                d.woj_train.len()
            ),
        ),
    ];
    eprintln!("cross-validation:");
    let mut trained = mention_train::train(&ex, &opt, &header, &mut |l| eprintln!("{l}"));
    let model = PlaceMentionModel::parse(&trained.text)
        .map_err(|e| anyhow::anyhow!("the trained model does not read back: {e}"))?;
    let held = mention_train::evaluate(g, &model, &d.aner_held);
    let woj = mention_train::evaluate(g, &model, &d.woj_test);
    // the held-out figures go in the header, before the bias line
    let mut figures = String::new();
    for l in held.lines() {
        figures.push_str(&format!("# heldout_anercorp {l}\n"));
    }
    for l in woj.lines() {
        figures.push_str(&format!("# heldout_wojood_test {l}\n"));
    }
    let at = trained.text.find("# bias ").unwrap_or(0);
    trained.text.insert_str(at, &figures);
    std::fs::write(out, &trained.text)
        .with_context(|| format!("{}: cannot write the model", out.display()))?;
    eprintln!(
        "wrote {} ({} features, {} bytes) in {:.1} s",
        out.display(),
        trained.features,
        trained.text.len(),
        t0.elapsed().as_secs_f64()
    );
    println!(
        "held-out ANERcorp (last 20% of sentences, {} sentences):",
        d.aner_held.len()
    );
    for l in held.lines() {
        println!("  {l}");
    }
    println!("Wojood test ({} sentences):", d.woj_test.len());
    for l in woj.lines() {
        println!("  {l}");
    }
    Ok(0)
}

/// The model in `path`, or the embedded one.
fn load_model(path: Option<&Path>) -> Result<std::borrow::Cow<'static, PlaceMentionModel>> {
    let m = match path {
        Some(p) => {
            let text = std::fs::read_to_string(p)
                .with_context(|| format!("{}: cannot read the model", p.display()))?;
            std::borrow::Cow::Owned(
                PlaceMentionModel::parse(&text)
                    .map_err(|e| anyhow::anyhow!("{}:{}: {}", p.display(), e.line, e.message))?,
            )
        }
        None => std::borrow::Cow::Borrowed(PlaceMentionModel::embedded()),
    };
    if m.len == 0 {
        bail!("the model has no features: train it first (marsad place-mentions train)");
    }
    Ok(m)
}

fn score(text: &str, model: Option<&Path>) -> Result<i32> {
    let m = load_model(model)?;
    let g = Gazetteer::embedded();
    let a = marsad_text::tokens::Analyzed::new(text);
    let ms = g.mentions_unfiltered(&a);
    if ms.is_empty() {
        println!("no gazetteer name in the text");
    }
    for (x, key) in ms {
        let s = m.explain(g, &a, &x, 6);
        let span = a.span(x.start, x.end, x.skip);
        let top: Vec<String> = s.top.iter().map(|(f, w)| format!("{f} {w:+.2}")).collect();
        println!(
            "{:.3} {} «{}» ({key}): {}",
            s.probability,
            if s.keep { "place" } else { "not a place" },
            span.slice(text),
            top.join(", ")
        );
    }
    Ok(0)
}

fn eval(dir: &Path, model: Option<&Path>, errors: usize) -> Result<i32> {
    let m = load_model(model)?;
    let m: &PlaceMentionModel = &m;
    let d = load(dir)?;
    let g = Gazetteer::embedded();
    let held = mention_train::evaluate(g, m, &d.aner_held);
    println!(
        "held-out ANERcorp (last 20% of sentences, {} sentences), threshold {:.2}:",
        d.aner_held.len(),
        m.threshold
    );
    for l in held.lines() {
        println!("  {l}");
    }
    if errors > 0 {
        println!("misjudged held-out matches (probability, gold, words):");
        for l in mention_train::errors(g, m, &d.aner_held)
            .iter()
            .take(errors)
        {
            println!("  {l}");
        }
    }
    let woj = mention_train::evaluate(g, m, &d.woj_test);
    println!("Wojood test ({} sentences):", d.woj_test.len());
    for l in woj.lines() {
        println!("  {l}");
    }
    // the cost of one call, over every match of the held-out sentences (texts analysed and
    // matched beforehand; the gazetteer's place rows already parsed by the pass above)
    let texts: Vec<marsad_text::tokens::Analyzed> = d
        .aner_held
        .iter()
        .map(|s| marsad_text::tokens::Analyzed::new(&s.tokens.join(" ")))
        .collect();
    let ms: Vec<Vec<marsad_geo::PlaceMention>> = texts.iter().map(|a| g.mentions(a)).collect();
    let calls: usize = ms.iter().map(Vec::len).sum();
    let rounds = 20;
    let t = Instant::now();
    let mut sum = 0.0;
    for _ in 0..rounds {
        for (a, ms) in texts.iter().zip(&ms) {
            for x in ms {
                sum += m.probability(g, a, x);
            }
        }
    }
    let ns = t.elapsed().as_nanos() as f64 / (rounds * calls.max(1)) as f64;
    println!(
        "speed: {ns:.0} ns a call ({} calls x {rounds} rounds, one core; mean probability {:.4})",
        calls,
        sum / (rounds * calls.max(1)) as f64
    );
    Ok(0)
}
