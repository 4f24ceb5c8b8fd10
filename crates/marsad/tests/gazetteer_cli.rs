//! `marsad gazetteer build` on small raw gazetteers written by the test: the world towns file
//! is read, its towns keep only names no regional place has and are written apart from the
//! regional index, and a missing file is named.
mod common;
use common::{marsad, stderr};

const WOF: &str = "wof_id\tcountry\tplacetype\tname\tnames_ar\tnames_en\tlat\tlon\tregion\tcounty\tgeonames_id\twikidata_id\tis_current\tdeprecated\n\
1\tEG\tlocality\tAlexandria\tالإسكندرية\t\t31.2\t29.9\t\t\t\t\t1\t\n";
const GN_HEADER: &str =
    "geonameid\tcountry\tname\tnames_ar\tlat\tlon\tpopulation\tadmin1code\talternatenames_other\n";

fn raw_folder(dir: &std::path::Path) -> std::path::PathBuf {
    let from = dir.join("raw");
    std::fs::create_dir_all(&from).unwrap();
    std::fs::write(from.join("wof_eg.tsv"), WOF).unwrap();
    std::fs::write(
        from.join("cities500_mena.tsv"),
        format!("{GN_HEADER}1134720\tAF\tLashkar Gah\tلشكر گاه\t31.59\t64.37\t43934\t10\t\n"),
    )
    .unwrap();
    from
}

/// `marsad gazetteer build` from `from` with the world towns of `world`, every file it reads or
/// writes inside `dir`: its output, and where the two indexes go.
fn build(
    dir: &std::path::Path,
    from: &std::path::Path,
    world: &std::path::Path,
) -> (std::process::Output, std::path::PathBuf, std::path::PathBuf) {
    let out = dir.join("index.tsv");
    let world_out = dir.join("world-index.tsv");
    let o = marsad(&[
        "gazetteer",
        "build",
        "--from",
        from.to_str().unwrap(),
        "--world",
        world.to_str().unwrap(),
        "--aliases",
        dir.join("none.tsv").to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--world-out",
        world_out.to_str().unwrap(),
    ]);
    (o, out, world_out)
}

#[test]
fn build_writes_the_world_towns_apart_with_only_their_own_names() {
    let dir = tempfile::tempdir().unwrap();
    let from = raw_folder(dir.path());
    let world = dir.path().join("world-cities.tsv");
    std::fs::write(
        &world,
        format!(
            "{GN_HEADER}4314550\tUS\tAlexandria\tالإسكندرية|الكسندريا\t38.8\t-77.05\t150000\tVA\t\n\
             1625822\tID\tSurabaya\tسورابايا\t-7.25\t112.75\t3018022\t08\t\n\
             1141540\tAF\tGereshk\tگرشک\t31.82\t64.57\t48546\t10\t\n"
        ),
    )
    .unwrap();
    let (o, out, world_out) = build(dir.path(), &from, &world);
    assert!(o.status.success(), "{}", stderr(&o));
    let index = std::fs::read_to_string(&out).unwrap();
    let world_index = std::fs::read_to_string(&world_out).unwrap();
    let row = |text: &str, id: &str| {
        text.lines()
            .find(|l| l.starts_with(&format!("{id}\t")))
            .map(str::to_string)
    };
    // the regional index has the regional places only, as without the world file
    assert!(row(&index, "wof:1").is_some(), "{index}");
    assert!(row(&index, "gn:1134720").is_some(), "{index}");
    assert!(row(&index, "gn:1625822").is_none(), "{index}");
    // the world index has the world towns only, each with the names no regional place has
    assert!(row(&world_index, "wof:1").is_none(), "{world_index}");
    let surabaya = row(&world_index, "gn:1625822").expect("Surabaya");
    assert!(surabaya.ends_with("\tسورابايا"), "{surabaya}");
    let us = row(&world_index, "gn:4314550").expect("Alexandria, VA");
    assert!(
        us.ends_with("\tالكسندريا"),
        "the regional name stays Egypt's: {us}"
    );
    let gereshk = row(&world_index, "gn:1141540").expect("Gereshk");
    assert!(
        gereshk
            .rsplit('\t')
            .next()
            .unwrap()
            .split('|')
            .any(|k| k == "كرشك"),
        "the Persian spelling gives the Arabic one: {gereshk}"
    );
}

#[test]
fn build_names_a_missing_world_file() {
    let dir = tempfile::tempdir().unwrap();
    let from = raw_folder(dir.path());
    let missing = dir.path().join("no-such-world.tsv");
    let (o, out, world_out) = build(dir.path(), &from, &missing);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("no-such-world.tsv"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(!out.exists(), "no index written");
    assert!(!world_out.exists(), "no world index written");
}

#[test]
fn build_names_a_world_file_without_the_header() {
    let dir = tempfile::tempdir().unwrap();
    let from = raw_folder(dir.path());
    let world = dir.path().join("world.tsv");
    std::fs::write(&world, "1625822\tID\tSurabaya\n").unwrap();
    let (o, _, _) = build(dir.path(), &from, &world);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("world.tsv:1"), "{err}");
}
