//! `marsad reviewer`: the people who may review records, each with a token of their own.

use crate::store_cmd::DbArg;
use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand};
use marsad_store::{review, SqliteStore, Store};

/// Arguments of `marsad reviewer`.
#[derive(Args, Debug)]
pub struct ReviewerArgs {
    #[command(subcommand)]
    pub cmd: ReviewerCmd,
}

/// What to do.
#[derive(Subcommand, Debug)]
pub enum ReviewerCmd {
    /// Add a reviewer; prints the new token once, on the last line of stdout (the store keeps
    /// only its SHA-256). The reviewer sends it as `Authorization: Bearer <token>`.
    Add {
        /// The name the audit log shows (letters, digits, `.`, `_`, `-`; at most 64).
        name: String,
        #[command(flatten)]
        db: DbArg,
    },
    /// Remove a reviewer: their token stops working at once; the log keeps their name.
    Remove {
        /// The reviewer's name.
        name: String,
        #[command(flatten)]
        db: DbArg,
    },
    /// List the reviewers (names and when they were added; never tokens).
    List {
        #[command(flatten)]
        db: DbArg,
    },
}

fn check_name(name: &str) -> Result<()> {
    if name.is_empty()
        || name.chars().count() > 64
        || !name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))
    {
        bail!("reviewer name {name:?}: use 1 to 64 letters, digits, '.', '_' or '-'");
    }
    Ok(())
}

fn open(db: &DbArg) -> Result<SqliteStore> {
    let p = db.path()?;
    SqliteStore::open(&p).with_context(|| format!("{}: cannot open the store", p.display()))
}

/// `marsad reviewer`.
pub fn run(args: ReviewerArgs) -> Result<i32> {
    match args.cmd {
        ReviewerCmd::Add { name, db } => {
            check_name(&name)?;
            let store = open(&db)?;
            let token = review::new_token().context("cannot read random bytes for the token")?;
            let at = review::now();
            store.add_reviewer(&name, &review::token_hash(&token), &at)?;
            eprintln!("marsad: reviewer {name:?} added; the token below is shown only now");
            println!("{token}");
        }
        ReviewerCmd::Remove { name, db } => {
            let store = open(&db)?;
            if !store.remove_reviewer(&name)? {
                bail!("no reviewer named {name:?} (see marsad reviewer list)");
            }
            eprintln!("marsad: reviewer {name:?} removed");
        }
        ReviewerCmd::List { db } => {
            let store = open(&db)?;
            for r in store.reviewers()? {
                println!("{}\t{}", r.name, r.added);
            }
        }
    }
    Ok(0)
}
