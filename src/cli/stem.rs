//! `selaras stem`: the stem of each word, as the keyword map sees it.

use anyhow::Context;
use clap::{Args, ValueEnum};
use selaras::analyze::stem::english::EnglishStemmer;
use selaras::analyze::stem::indonesian::{Derivation, Outcome};
use selaras::analyze::stem::Stemmer;
use std::io::{BufRead, Write};
use std::path::PathBuf;

#[derive(Clone, Copy, ValueEnum)]
enum StemLanguage {
    Id,
    En,
}

#[derive(Args)]
pub struct StemArgs {
    /// The language of the words.
    #[arg(long, value_enum)]
    lang: StemLanguage,
    /// Add a third column with the steps taken for each word.
    #[arg(long)]
    explain: bool,
    /// Guide the Indonesian stemmer with this root list (one word per line) instead of the
    /// shipped one.
    #[arg(long, value_name = "FILE")]
    id_roots: Option<PathBuf>,
    /// The words; without any, one word per line is read from standard input.
    words: Vec<String>,
}

pub fn run(args: &StemArgs) -> anyhow::Result<()> {
    let stemmer: Box<dyn Fn(&str) -> Derivation> = match args.lang {
        StemLanguage::Id => {
            let id = super::indonesian_stemmer(args.id_roots.as_deref())?;
            Box::new(move |w| {
                derive_token(w, |lower| id.derive(lower), |lower| id.stem_name(lower))
            })
        }
        StemLanguage::En => {
            let en = EnglishStemmer::default();
            Box::new(move |w| derive_token(w, |lower| english(&en, lower), |lower| en.stem(lower)))
        }
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    // A line of several words gets their stems, space-separated, in the same order.
    let mut emit = |line: &str| -> std::io::Result<()> {
        let derivations: Vec<Derivation> = line.split_whitespace().map(&stemmer).collect();
        let join = |f: &dyn Fn(&Derivation) -> String| {
            derivations.iter().map(f).collect::<Vec<_>>().join(" ")
        };
        let stems = join(&|d| d.stem.clone());
        if args.explain {
            writeln!(out, "{line}\t{stems}\t{}", join(&|d| d.to_string()))
        } else {
            writeln!(out, "{line}\t{stems}")
        }
    };
    if args.words.is_empty() {
        for line in std::io::stdin().lock().lines() {
            let line = line.context("standard input")?;
            let word = line.trim();
            if !word.is_empty() {
                emit(word)?;
            }
        }
    } else {
        for word in &args.words {
            emit(word)?;
        }
    }
    out.flush()?;
    Ok(())
}

/// Case decides what a word may be: an acronym or a number is kept, a capitalised word is a
/// possible name (stemmed only to a known root), anything else is stemmed as a word.
fn derive_token(
    word: &str,
    derive: impl Fn(&str) -> Derivation,
    name: impl Fn(&str) -> String,
) -> Derivation {
    let lower = word.to_lowercase();
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = word.chars().filter(|c| c.is_uppercase()).count();
    if letters == 0 || (capitals >= 2 && capitals == letters) {
        return Derivation {
            stem: word.to_string(),
            steps: Vec::new(),
            outcome: Outcome::Kept,
        };
    }
    if word.starts_with(char::is_uppercase) {
        let stem = name(&lower);
        let outcome = if stem == lower {
            Outcome::Kept
        } else {
            Outcome::Root
        };
        return Derivation {
            stem,
            steps: Vec::new(),
            outcome,
        };
    }
    derive(&lower)
}

fn english(stemmer: &EnglishStemmer, word: &str) -> Derivation {
    let stem = stemmer.stem(word);
    let outcome = if stem == word {
        Outcome::Kept
    } else {
        Outcome::RuleBased
    };
    Derivation {
        stem,
        steps: Vec::new(),
        outcome,
    }
}
