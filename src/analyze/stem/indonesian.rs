//! Indonesian stemming by confix stripping: Nazief–Adriani's order of removal, the prefix
//! rules of Asian et al.'s CS stemmer with Arifin et al.'s ECS additions (menge-, penge-,
//! mempe-, the te-C-er and pe-C-er forms), the precedence of prefixes for be-…-an and
//! di-/me-/pe-/ter-…-i words, and the loop that puts suffixes back when no root is found.
//! A root-word dictionary decides when to stop; without a hit a rule-based stem is returned.

use super::affixes::{root_line, Affixes};
use super::{Shape, Stemmer};
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, OnceLock};

/// One step of a derivation, as `selaras stem --explain` shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// A particle, possessive or derivational suffix came off.
    Suffix(&'static str),
    /// A prefix came off, with the first sound of the root it had absorbed (meny- → s).
    Prefix(&'static str, Option<char>),
    /// An infix came out (k-in-erja, l-em-igas), or a reduplicated first syllable (le-lembut).
    Infix(&'static str),
    /// A bound element of a compound came off (pasca-gempa, anti-korupsi): the rest carries
    /// the meaning a passage shares ("after the quake").
    Bound(&'static str),
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Step::Suffix(s) => write!(f, "-{s}"),
            Step::Prefix(p, None) => write!(f, "{p}-"),
            Step::Prefix(p, Some(c)) => write!(f, "{p}- (+{c})"),
            Step::Infix(i) => write!(f, "{i}"),
            Step::Bound(b) => write!(f, "{b}+"),
        }
    }
}

/// How a stem was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The stem is a root of the dictionary.
    Root,
    /// No root was found; the affixes the rules recognise came off.
    RuleBased,
    /// The word was kept: too short, not a plain word, or a name the dictionary does not know.
    Kept,
}

/// A stem and the steps that led to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Derivation {
    /// The stem.
    pub stem: String,
    /// The affixes removed, in the order they came off.
    pub steps: Vec<Step>,
    /// Whether a dictionary root was reached.
    pub outcome: Outcome,
}

impl Derivation {
    fn kept(word: &str) -> Derivation {
        Derivation {
            stem: word.to_string(),
            steps: Vec::new(),
            outcome: Outcome::Kept,
        }
    }

    /// How the word is derived from its root; unknown unless a dictionary root was found.
    pub fn shape(&self) -> Shape {
        if self.outcome != Outcome::Root {
            return Shape::ANY;
        }
        // The outermost prefix: steps are listed suffixes first, then prefixes outside in.
        let prefix = self.steps.iter().find_map(|s| match s {
            Step::Suffix(_) | Step::Bound(_) => None,
            Step::Prefix("ke", _) => Some(3),
            Step::Prefix("se", _) => Some(5),
            Step::Prefix(p, _) if p.starts_with('b') => Some(4),
            Step::Prefix(p, _) if p.starts_with('p') => Some(2),
            Step::Prefix(..) => Some(1),
            Step::Infix(_) => Some(6),
        });
        let suffix = self.steps.iter().find_map(|s| match s {
            Step::Suffix("kan") => Some(1),
            Step::Suffix("an") => Some(2),
            Step::Suffix("i") => Some(3),
            _ => None,
        });
        Shape::of(prefix.unwrap_or(0), suffix.unwrap_or(0))
    }
}

impl fmt::Display for Derivation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for step in &self.steps {
            write!(f, "{step} ")?;
        }
        f.write_str(match self.outcome {
            Outcome::Root => "=> dictionary root",
            Outcome::RuleBased => "=> no dictionary root, rule-based stem",
            Outcome::Kept => "=> kept as written",
        })
    }
}

/// The steps taken so far; fixed-size so that the search does not allocate.
#[derive(Debug, Clone, Copy, Default)]
struct Path {
    steps: [Option<Step>; 8],
    len: usize,
}

impl Path {
    fn with(mut self, step: Step) -> Path {
        if self.len < self.steps.len() {
            self.steps[self.len] = Some(step);
            self.len += 1;
        }
        self
    }

    fn steps(&self) -> Vec<Step> {
        self.steps[..self.len].iter().flatten().copied().collect()
    }

    fn iter(&self) -> impl Iterator<Item = Step> + '_ {
        self.steps[..self.len].iter().flatten().copied()
    }

    /// The affix classes that can license this path: those of its outermost prefix, or of
    /// its derivational suffix when no prefix came off; `None` when nothing needs a licence
    /// (only particles and possessives came off).
    fn classes(&self) -> Option<&'static [u8]> {
        let affix = self.iter().find(|s| !matches!(s, Step::Suffix(_)));
        let classes: &[u8] = match affix {
            Some(Step::Prefix("di", _)) => b"D",
            Some(Step::Prefix("ke", _)) => b"K",
            Some(Step::Prefix("se", _)) => b"S",
            Some(Step::Prefix("ku" | "kau", _)) => b"O",
            Some(Step::Prefix("per", _)) => b"RP",
            Some(Step::Prefix(p, _)) if p.starts_with('b') => b"B",
            Some(Step::Prefix(p, _)) if p.starts_with('t') => b"T",
            Some(Step::Prefix(p, _)) if p.starts_with('m') => b"M",
            Some(Step::Prefix(p, _)) if p.starts_with('p') => b"P",
            Some(_) => b"",
            None => match self
                .iter()
                .find(|s| matches!(s, Step::Suffix("kan" | "an" | "i" | "isasi" | "isme")))
            {
                Some(Step::Suffix("kan")) => b"k",
                Some(Step::Suffix("an")) => b"a",
                Some(Step::Suffix("i")) => b"i",
                Some(_) => b"",
                None => return None,
            },
        };
        Some(classes)
    }

    /// Proclitics (ku-, kau-), infixes and reduplicated syllables are accepted only on roots
    /// the dictionary knows to take affixes.
    fn needs_productive_root(&self) -> bool {
        self.iter()
            .any(|s| matches!(s, Step::Prefix("ku" | "kau", _) | Step::Infix(_)))
    }
}

/// A root and the path to it.
type Found = (String, Path);

/// Derivational suffixes; they decide which prefixes may go with them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Derivational {
    Kan,
    An,
    I,
    /// -isasi, -isme of loanwords (globalisasi, nasionalisme).
    Foreign,
}

/// The word with some suffixes removed.
#[derive(Debug, Clone, Copy)]
struct Stripped<'a> {
    base: &'a str,
    derivational: Option<Derivational>,
    path: Path,
}

/// A reading of a word's first prefix: which prefix (me- for all of mem-, meny- …), how it
/// is written, how many letters came off, and the letter put back.
#[derive(Debug, Clone, Copy)]
struct Reading {
    prefix: &'static str,
    written: &'static str,
    cut: usize,
    restore: Option<u8>,
}

impl Reading {
    fn step(&self) -> Step {
        if self.prefix == INFIX {
            Step::Infix(self.written)
        } else {
            Step::Prefix(self.written, self.restore.map(char::from))
        }
    }
}

/// The pseudo-prefix of infixes and reduplicated first syllables, tried last.
const INFIX: &str = "infix";

/// Bound elements that news writes onto a word (PUEBI spells them joined): after, between,
/// against, non-, self-. Those that turn a word into another concept (tuna-, nir-) are left
/// on, and so is pra-: it begins many names (Prabowo, Pramono), which are stemmed only to a
/// root the dictionary lists, and interface words (Pratilik) that would then miss their
/// lexicon entry.
const BOUND_ELEMENTS: [&str; 5] = ["pasca", "antar", "anti", "non", "swa"];

const CLITICS: [&str; 6] = ["nya", "ku", "mu", "lah", "kah", "pun"];

/// How much a reading must be backed by the dictionary, from most to least.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tier {
    /// The root's affix classes allow the outermost affix (mengupas → kupas, not upas).
    Licensed,
    /// The root takes some affixes, and has four letters or more.
    Productive,
    /// Any root of four letters or more.
    Any,
}

/// A confix-stripping stemmer over a set of known roots.
pub struct IndonesianStemmer {
    roots: Roots,
}

/// The roots a stemmer knows: the shipped list, compiled into the binary, or a user's.
enum Roots {
    Shipped,
    Listed(HashMap<String, Affixes>),
}

impl Roots {
    fn get(&self, word: &str) -> Option<Affixes> {
        match self {
            Roots::Shipped => crate::tables::ID_ROOTS.get(word).map(|&bits| Affixes(bits)),
            Roots::Listed(roots) => roots.get(word).copied(),
        }
    }

    fn len(&self) -> usize {
        match self {
            Roots::Shipped => crate::tables::ID_ROOTS.len(),
            Roots::Listed(roots) => roots.len(),
        }
    }
}

impl fmt::Debug for IndonesianStemmer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "IndonesianStemmer({} roots)", self.roots.len())
    }
}

impl IndonesianStemmer {
    /// A stemmer guided by a root list: one word per line (lower-cased), optionally a tab and
    /// the affix classes the dictionary allows on it; `#` comments.
    pub fn from_list(text: &str) -> Self {
        let roots = text.lines().filter_map(root_line).collect();
        IndonesianStemmer {
            roots: Roots::Listed(roots),
        }
    }

    /// The stemmer with the root list shipped in data/id-roots.txt (from hunspell-id).
    pub fn shipped() -> Arc<IndonesianStemmer> {
        static SHIPPED: OnceLock<Arc<IndonesianStemmer>> = OnceLock::new();
        SHIPPED
            .get_or_init(|| {
                Arc::new(IndonesianStemmer {
                    roots: Roots::Shipped,
                })
            })
            .clone()
    }

    /// How many roots guide the stemmer.
    pub fn root_count(&self) -> usize {
        self.roots.len()
    }

    fn is_root(&self, word: &str) -> bool {
        word.len() >= 2 && self.roots.get(word).is_some()
    }

    /// How a lower-case word is stemmed, step by step.
    pub fn derive(&self, word: &str) -> Derivation {
        if word.contains('-') {
            return self
                .derive_compound(word)
                .unwrap_or_else(|| self.derive_reduplicated(word));
        }
        match self.find_root(word) {
            Some((stem, path)) => Derivation {
                stem,
                steps: path.steps(),
                outcome: Outcome::Root,
            },
            None => self
                .derive_compound(word)
                .unwrap_or_else(|| rule_based(word)),
        }
    }

    /// pascagempa, pasca-gempa, antarwarga, antikorupsi: a bound element written onto a word
    /// whose root the dictionary knows is taken off (the compound itself is rarely listed).
    fn derive_compound(&self, word: &str) -> Option<Derivation> {
        let (bound, rest) = BOUND_ELEMENTS.iter().find_map(|&b| {
            let rest = word.strip_prefix(b)?;
            Some((b, rest.strip_prefix('-').unwrap_or(rest)))
        })?;
        let (stem, path) = self.find_root(rest).filter(|(stem, _)| stem.len() >= 4)?;
        let mut steps = vec![Step::Bound(bound)];
        steps.extend(path.steps());
        Some(Derivation {
            stem,
            steps,
            outcome: Outcome::Root,
        })
    }

    /// wilayah-wilayah, berkali-kali, meniru-niru, malaikat-malaikat-nya: the root of the
    /// repeated word; a hyphenated compound whose parts differ (bolak-balik) is kept.
    fn derive_reduplicated(&self, word: &str) -> Derivation {
        let mut parts: Vec<&str> = word.split('-').collect();
        let last = parts.last().copied().unwrap_or("");
        let clitic = CLITICS.into_iter().find(|&c| c == last && parts.len() > 1);
        if clitic.is_some() {
            parts.pop();
        }
        if parts.iter().any(|p| p.is_empty()) || parts.len() > 3 {
            return Derivation::kept(word);
        }
        let first = self.derive(parts[0]);
        let repeats = parts[1..].iter().all(|&p| {
            suffix_variants(p, |_| false)
                .as_slice()
                .iter()
                .any(|v| parts[0].ends_with(v.base))
                || self.derive(p).stem == first.stem
        });
        if !repeats {
            return Derivation::kept(word);
        }
        let mut steps = Vec::from_iter(clitic.map(Step::Suffix));
        steps.extend(first.steps);
        Derivation { steps, ..first }
    }

    /// The dictionary root of `word`, if confix stripping reaches one, and the path to it:
    /// first among the readings the dictionary's affix classes allow, then among the others
    /// (with a root of at least four letters).
    fn find_root(&self, word: &str) -> Option<Found> {
        match self.roots.get(word) {
            Some(Affixes::NONE) => return Some(self.derived_form(word)),
            Some(_) if word.len() >= 2 => return Some((word.to_string(), Path::default())),
            _ => {}
        }
        if !is_plain(word) {
            return None;
        }
        [Tier::Licensed, Tier::Productive, Tier::Any]
            .into_iter()
            .find_map(|tier| self.search(word, tier))
    }

    fn search(&self, word: &str, tier: Tier) -> Option<Found> {
        let accept = |rest: &str, path: Path| {
            self.accepts(rest, &path, tier)
                .then(|| (rest.to_string(), path))
        };
        let variants = suffix_variants(word, |w| self.is_root(w));
        let variants = variants.as_slice();
        if prefix_first(word) {
            let found = self.strip_prefixes(word, None, 0, "", Path::default(), &|rest, path| {
                suffix_variants(rest, |w| self.is_root(w))
                    .as_slice()
                    .iter()
                    .find_map(|v| accept(v.base, chain(path, v.path)))
            });
            if found.is_some() {
                return found;
            }
        }
        if let Some(found) = variants.iter().skip(1).find_map(|v| accept(v.base, v.path)) {
            return Some(found);
        }
        variants
            .iter()
            .rev()
            .find_map(|v| self.strip_prefixes(v.base, v.derivational, 0, "", v.path, &accept))
    }

    /// A root listed without affixes that is a suffixed or reduplicated form of a productive
    /// root, one that takes four kinds of affix or more (besaran → besar, belikan → beli,
    /// apatah → apa, rerata → rata), is that root; otherwise itself. hunspell lists such
    /// forms as words of their own; a less productive look-alike is more often a word of
    /// its own (selatan is not selat + -an).
    fn derived_form(&self, word: &str) -> (String, Path) {
        let productive = |w: &str| self.roots.get(w).is_some_and(|a| a.count() >= 4);
        let variants = suffix_variants(word, |w| self.is_root(w));
        let (readings, m) = prefix_readings(word);
        let reduplicated = readings[..m]
            .iter()
            .filter(|r| r.prefix == INFIX && r.cut == 2)
            .map(|r| Stripped {
                base: &word[r.cut..],
                derivational: None,
                path: Path::default().with(r.step()),
            });
        // -i is left alone here: too many short roots end in it (nasi, esai).
        variants.as_slice()[1..]
            .iter()
            .filter(|v| v.derivational != Some(Derivational::I))
            .copied()
            .chain(reduplicated)
            .find(|v| productive(v.base))
            .map_or_else(
                || (word.to_string(), Path::default()),
                |v| (v.base.to_string(), v.path),
            )
    }

    /// Whether `root` ends the search at this tier.
    fn accepts(&self, root: &str, path: &Path, tier: Tier) -> bool {
        let Some(affixes) = self.roots.get(root).filter(|_| root.len() >= 2) else {
            return false;
        };
        match tier {
            Tier::Licensed => path
                .classes()
                .is_none_or(|classes| classes.iter().any(|&c| affixes.allows(c))),
            Tier::Productive => root.len() >= 4 && affixes != Affixes::NONE,
            Tier::Any => root.len() >= 4 && !path.needs_productive_root(),
        }
    }

    /// Depth-first over the prefix readings of `word`, up to three prefixes; `accept` says
    /// whether a remainder ends the search.
    fn strip_prefixes(
        &self,
        word: &str,
        suffix: Option<Derivational>,
        depth: usize,
        last: &str,
        path: Path,
        accept: &dyn Fn(&str, Path) -> Option<Found>,
    ) -> Option<Found> {
        let (readings, n) = prefix_readings(word);
        let readings = readings[..n]
            .iter()
            .filter(|r| r.prefix != last && !(depth == 0 && disallowed(r.prefix, suffix)));
        let mut remainders = Vec::with_capacity(n);
        for r in readings {
            let rest = remainder(word, r);
            let step_path = path.with(r.step());
            if let Some(found) = accept(&rest, step_path) {
                return Some(found);
            }
            remainders.push((r.prefix, rest, step_path));
        }
        if depth == 2 {
            return None;
        }
        remainders.iter().find_map(|(prefix, rest, step_path)| {
            self.strip_prefixes(rest, suffix, depth + 1, prefix, *step_path, accept)
        })
    }
}

impl Stemmer for IndonesianStemmer {
    fn stem(&self, word: &str) -> String {
        self.derive(word).stem
    }

    fn stem_and_shape(&self, word: &str) -> (String, Shape) {
        let derivation = self.derive(word);
        let shape = derivation.shape();
        (derivation.stem, shape)
    }

    /// Names keep their form unless the dictionary confirms a root.
    fn stem_name(&self, word: &str) -> String {
        self.find_root(word)
            .map_or_else(|| word.to_string(), |(stem, _)| stem)
    }
}

/// Only plain lower-case ASCII words are taken apart; numbers, names in other scripts and
/// words with apostrophes are kept as written.
fn is_plain(word: &str) -> bool {
    word.len() >= 4 && word.bytes().all(|b| b.is_ascii_lowercase())
}

fn chain(mut first: Path, second: Path) -> Path {
    for step in second.steps[..second.len].iter().flatten() {
        first = first.with(*step);
    }
    first
}

/// Words whose prefix comes off before their suffix (ECS's precedence rule): be-…-lah,
/// be-…-an, and di-, me-, pe-, ter- words ending in -i (bertahan, mengalami, diakui).
fn prefix_first(word: &str) -> bool {
    (word.starts_with("be") && (word.ends_with("lah") || word.ends_with("an")))
        || (["di", "me", "pe", "ter"]
            .iter()
            .any(|p| word.starts_with(p))
            && word.ends_with('i'))
}

/// Without a dictionary hit: all suffixes off, then the likeliest reading of each prefix, keeping
/// a remainder of at least four letters (most Indonesian roots have two syllables). Only a
/// word that had a prefix is changed: an unknown word that merely ends like a suffix is more
/// often a name (Marwan, Subarkah) than a derived form.
fn rule_based(word: &str) -> Derivation {
    if !is_plain(word) || word.len() < 6 {
        return Derivation::kept(word);
    }
    let variants = suffix_variants(word, |_| false);
    let last = variants
        .as_slice()
        .iter()
        .rev()
        .find(|v| v.base.len() >= 4)
        .copied()
        .unwrap_or(variants.list[0]);
    let mut stem = last.base.to_string();
    let mut path = last.path;
    let mut previous = "";
    for _ in 0..3 {
        let (readings, n) = prefix_readings(&stem);
        let readings = &readings[..n];
        // Among the roots that take me-, t- roots outnumber n- roots 574 to 51 and p- roots
        // outnumber m- roots 425 to 151: an unknown men-/mem- word most likely lost a t or p.
        let likeliest = readings
            .iter()
            .find(|r| matches!(r.restore, Some(b't' | b'p')))
            .or(readings.first());
        match likeliest {
            Some(r)
                if r.prefix != previous
                    && !matches!(r.prefix, "ku" | "kau" | INFIX)
                    && stem.len() - r.cut >= 4 =>
            {
                path = path.with(r.step());
                stem = remainder(&stem, r).into_owned();
                previous = r.prefix;
            }
            _ => break,
        }
    }
    if previous.is_empty() {
        return Derivation::kept(word);
    }
    Derivation {
        stem,
        steps: path.steps(),
        outcome: Outcome::RuleBased,
    }
}

/// Confixes that Indonesian morphology does not allow (be-i, di-an, ke-i, ke-kan, me-an,
/// se-i, se-kan, te-an).
fn disallowed(prefix: &str, suffix: Option<Derivational>) -> bool {
    use Derivational::*;
    matches!(
        (prefix, suffix),
        ("ber", Some(I))
            | ("di", Some(An))
            | ("ke", Some(I | Kan))
            | ("me", Some(An))
            | ("se", Some(I | Kan))
            | ("ter", Some(An))
    )
}

/// The word, then with particle (-lah -kah -tah -pun), possessive (-ku -mu -nya) and
/// derivational (-isasi, -isme, -kan, -an, -i) suffixes removed one after another; -kan also
/// as -an with the k kept (menekan → tekan). The archaic -tah comes off only before a known root
/// (apatah), never from pemerintah.
fn suffix_variants(word: &str, is_root: impl Fn(&str) -> bool) -> Variants<'_> {
    let mut variants = Variants::new(Stripped {
        base: word,
        derivational: None,
        path: Path::default(),
    });
    let particle = ["lah", "kah", "tah", "pun"].into_iter().find_map(|p| {
        let next = variants.last().without(p, None)?;
        (p != "tah" || is_root(next.base)).then_some(next)
    });
    variants.extend(particle);
    let possessive = ["nya", "ku", "mu"]
        .into_iter()
        .find_map(|p| variants.last().without(p, None));
    variants.extend(possessive);
    let current = variants.last();
    let derivational = if current.base.ends_with("kan") {
        vec![("kan", Derivational::Kan), ("an", Derivational::An)]
    } else if current.base.ends_with("an") {
        vec![("an", Derivational::An)]
    } else {
        vec![("i", Derivational::I)]
    };
    for (suffix, kind) in derivational {
        variants.extend(current.without(suffix, Some(kind)));
    }
    let foreign = ["isasi", "isme"]
        .into_iter()
        .find_map(|suffix| current.without(suffix, Some(Derivational::Foreign)))
        .filter(|v| v.base.len() >= 4);
    variants.extend(foreign);
    variants
}

/// The forms of a word with suffixes removed, fewest first; fixed-size, so no allocation.
struct Variants<'a> {
    list: [Stripped<'a>; 7],
    len: usize,
}

impl<'a> Variants<'a> {
    fn new(word: Stripped<'a>) -> Self {
        Variants {
            list: [word; 7],
            len: 1,
        }
    }

    fn last(&self) -> Stripped<'a> {
        self.list[self.len - 1]
    }

    fn extend(&mut self, variant: Option<Stripped<'a>>) {
        if let Some(v) = variant.filter(|_| self.len < self.list.len()) {
            self.list[self.len] = v;
            self.len += 1;
        }
    }

    fn as_slice(&self) -> &[Stripped<'a>] {
        &self.list[..self.len]
    }
}

impl<'a> Stripped<'a> {
    /// This form with `suffix` taken off, if it ends with it and keeps three letters.
    fn without(self, suffix: &'static str, derivational: Option<Derivational>) -> Option<Self> {
        let base = self.base.strip_suffix(suffix).filter(|r| r.len() >= 3)?;
        Some(Stripped {
            base,
            derivational,
            path: self.path.with(Step::Suffix(suffix)),
        })
    }
}

fn vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The word after a prefix reading: the letters past the prefix, with the absorbed sound put
/// back (only then is a new string needed).
fn remainder<'a>(word: &'a str, r: &Reading) -> Cow<'a, str> {
    match r.restore {
        None => Cow::Borrowed(&word[r.cut..]),
        Some(c) => Cow::Owned(format!("{}{}", char::from(c), &word[r.cut..])),
    }
}

/// The prefix as written, for explanations: meny-, menge-, per- …
fn written(prefix: &[u8]) -> &'static str {
    const FORMS: [&str; 24] = [
        "di", "ke", "se", "ku", "kau", "be", "ber", "bel", "te", "ter", "me", "mem", "men", "meng",
        "meny", "menge", "pe", "per", "pel", "pem", "pen", "peng", "peny", "penge",
    ];
    FORMS
        .into_iter()
        .find(|f| f.as_bytes() == prefix)
        .unwrap_or("")
}

/// The readings of a word's first prefix, in the order of the confix-stripping rules.
fn prefix_readings(w: &str) -> ([Reading; 5], usize) {
    let b = w.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let er_at = |i: usize| at(i) == b'e' && at(i + 1) == b'r';
    let none = Reading {
        prefix: "",
        written: "",
        cut: 0,
        restore: None,
    };
    let mut out = [none; 5];
    let mut n = 0;
    let mut push = |prefix: &'static str, cut: usize, restore: Option<u8>| {
        if n < out.len() && cut + 2 <= b.len() {
            let written = match (prefix, cut) {
                (INFIX, 2) => dwipurwa(b[0]),
                (INFIX, _) => infix_form(&w[1..3]),
                _ => written(&b[..cut]),
            };
            out[n] = Reading {
                prefix,
                written,
                cut,
                restore,
            };
            n += 1;
        }
    };
    if b.len() < 4 {
        return (out, 0);
    }
    let unprefixed = !matches!(
        (at(0), at(1)),
        (b'd', b'i') | (b'k', b'e' | b'a' | b'u') | (b'b' | b's' | b't' | b'm' | b'p', b'e')
    );
    match (at(0), at(1)) {
        (b'd', b'i') => push("di", 2, None),
        (b'k', b'e') => push("ke", 2, None),
        (b'k', b'a') if at(2) == b'u' => push("kau", 3, None),
        (b'k', b'u') => push("ku", 2, None),
        (b's', b'e') => push("se", 2, None),
        (b'b', b'e') => {
            if w.starts_with("belajar") {
                push("ber", 3, None);
            } else if at(2) == b'r' && vowel(at(3)) {
                push("ber", 3, None);
                push("ber", 2, None);
            } else if at(2) == b'r' && at(3) != b'r' {
                push("ber", 3, None);
            } else if !matches!(at(2), b'r' | b'l') && er_at(3) {
                push("ber", 2, None);
            }
        }
        (b't', b'e') => {
            if at(2) == b'r' && vowel(at(3)) {
                push("ter", 3, None);
                push("ter", 2, None);
            } else if at(2) == b'r' && at(3) != b'r' {
                push("ter", 3, None);
            } else if at(2) != b'r' && er_at(3) {
                push("ter", 2, None);
            }
        }
        (b'm', b'e') => nasal_readings(b, "me", &mut push),
        (b'p', b'e') => {
            if w.starts_with("pelajar") {
                push("pe", 3, None);
            } else if matches!(at(2), b'w' | b'y' | b'l') && vowel(at(3)) {
                push("pe", 2, None);
            } else if at(2) == b'r' && vowel(at(3)) {
                push("per", 3, None);
                push("per", 2, None);
            } else if at(2) == b'r' && at(3) != b'r' {
                push("per", 3, None);
            } else if matches!(at(2), b'm' | b'n') {
                nasal_readings(b, "pe", &mut push);
            } else if at(2) != 0 && !vowel(at(2)) {
                push("pe", 2, None);
            }
        }
        _ => {}
    }
    // Only a word that starts with no prefix may have an infix or a reduplicated syllable.
    let consonant = |c: u8| c.is_ascii_lowercase() && !vowel(c);
    if unprefixed && consonant(at(0)) && at(1) == b'e' && at(2) == at(0) {
        push(INFIX, 2, None); // lelembut → lembut
    }
    if unprefixed
        && consonant(at(0))
        && ["el", "em", "er", "in"]
            .iter()
            .any(|i| w[1..].starts_with(i))
    {
        push(INFIX, 3, Some(at(0))); // kinerja → kerja
    }
    (out, n)
}

/// "-el-", "-em-" …, for explanations.
fn infix_form(infix: &str) -> &'static str {
    debug_assert!(infix.len() == 2);
    match infix {
        "el" => "-el-",
        "em" => "-em-",
        "er" => "-er-",
        _ => "-in-",
    }
}

/// The reduplicated first syllable, for explanations.
fn dwipurwa(consonant: u8) -> &'static str {
    const FORMS: [&str; 21] = [
        "be-", "ce-", "de-", "fe-", "ge-", "he-", "je-", "ke-", "le-", "me-", "ne-", "pe-", "qe-",
        "re-", "se-", "te-", "ve-", "we-", "xe-", "ye-", "ze-",
    ];
    let consonants = b"bcdfghjklmnpqrstvwxyz";
    consonants
        .iter()
        .position(|&c| c == consonant)
        .map_or("", |i| FORMS[i])
}

/// The nasal prefixes me(N)- and pe(N)-, which share their recoding rules: mem- before
/// b/f/v or p, or for a lost p; men- before c/d/j/s/t/z, or for a lost t; meng- before
/// g/h/k/q or a vowel, or for a lost k; meny- for a lost s; menge- before one-syllable roots.
fn nasal_readings(
    b: &[u8],
    prefix: &'static str,
    push: &mut impl FnMut(&'static str, usize, Option<u8>),
) {
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    match at(2) {
        b'l' | b'r' | b'w' | b'y' if vowel(at(3)) => push(prefix, 2, None),
        b'm' => match at(3) {
            b'b' | b'f' | b'v' | b'p' => push(prefix, 3, None),
            c if vowel(c) || (c == b'r' && vowel(at(4))) => {
                push(prefix, 2, None);
                push(prefix, 3, Some(b'p'));
            }
            _ => {}
        },
        b'n' => match at(3) {
            b'g' => match at(4) {
                b'g' | b'h' | b'q' | b'k' => push(prefix, 4, None),
                c if vowel(c) => {
                    push(prefix, 4, None);
                    push(prefix, 4, Some(b'k'));
                    if c == b'e' {
                        push(prefix, 5, None); // mengebom → bom
                    }
                    push(prefix, 2, None); // menganga → nganga
                }
                _ => {}
            },
            b'y' if vowel(at(4)) => {
                push(prefix, 4, Some(b's'));
                push(prefix, 2, None);
            }
            b'c' | b'd' | b'j' | b's' | b't' | b'z' => push(prefix, 3, None),
            c if vowel(c) => {
                push(prefix, 2, None);
                push(prefix, 3, Some(b't'));
            }
            _ => {}
        },
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_roots_through_confixes() {
        let s = IndonesianStemmer::shipped();
        for (word, root) in [
            ("menyerukan", "seru"),
            ("perjanjian", "janji"),
            ("pertempuran", "tempur"),
            ("kedaulatannya", "daulat"),
            ("mencaplok", "caplok"),
            ("kebijakan", "bijak"),
            ("pemerintah", "perintah"),
            ("mempunyai", "punya"),
            ("diklik", "klik"),
            ("memperbaiki", "baik"),
            ("wilayah-wilayah", "wilayah"),
            ("berkali-kali", "kali"),
        ] {
            assert_eq!(s.stem(word), root, "{word}");
        }
    }

    #[test]
    fn explains_its_steps() {
        let d = IndonesianStemmer::shipped().derive("menyerukan");
        assert_eq!(d.outcome, Outcome::Root);
        assert_eq!(
            d.steps,
            [Step::Suffix("kan"), Step::Prefix("meny", Some('s'))]
        );
    }

    #[test]
    fn takes_bound_elements_off_known_words() {
        let s = IndonesianStemmer::shipped();
        for (word, root) in [
            ("pascagempa", "gempa"),
            ("pasca-gempa", "gempa"),
            ("pascakejadian", "jadi"),
            ("antarwarga", "warga"),
            ("antikorupsi", "korupsi"),
            // Listed compounds and roots that begin like a bound element stay whole.
            ("antarnegara", "antarnegara"),
            ("prajurit", "prajurit"),
            ("prapemilu", "prapemilu"),
            ("antara", "antara"),
        ] {
            assert_eq!(s.stem(word), root, "{word}");
        }
    }

    #[test]
    fn leaves_unknown_names_and_compounds_alone() {
        let s = IndonesianStemmer::shipped();
        assert_eq!(s.stem_name("donetsk"), "donetsk");
        assert_eq!(s.stem("bolak-balik"), "bolak-balik");
        assert_eq!(s.stem("2014"), "2014");
    }
}
