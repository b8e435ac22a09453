//! The analysis stage: every segment becomes a sequence of terms (stems, names, acronyms,
//! numbers) drawn from one per-document vocabulary, with stop words left out.

pub mod background;
mod facts;
mod normalize;
pub mod stem;
mod tokenize;

use crate::model::{AnalyzedDoc, Language, Occurrence, Segment, Size, Span, TermClass, VocabEntry};
use crate::tables::{self, StaticTable};
use foldhash::{HashMap, HashMapExt};
use normalize::Normalized;
use std::sync::{Arc, OnceLock};
use stem::{english::EnglishStemmer, indonesian::IndonesianStemmer, Shape, Shapes, Stemmer};
use tokenize::Token;

/// One term as extracted from a token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// What matching uses: a stem, an acronym as written, or a number's digits.
    pub key: String,
    /// The word in lower case.
    pub form: String,
    /// What kind of term it is.
    pub class: TermClass,
    /// Where its word lies in the analyzed text.
    pub span: Span,
}

/// A term as the analyzer finds it, borrowed from its caches: most terms are then counted
/// without any copy being made.
#[derive(Debug, Clone, Copy)]
struct Found<'a> {
    key: &'a str,
    form: &'a str,
    class: TermClass,
    span: Span,
    /// How a word is derived from its key (unknown for all but Indonesian words).
    shape: Shape,
}

impl Found<'_> {
    fn to_term(self) -> Term {
        Term {
            key: self.key.to_string(),
            form: self.form.to_string(),
            class: self.class,
            span: self.span,
        }
    }
}

/// Where found terms go.
type Emit<'e> = dyn FnMut(Found<'_>) + 'e;

/// Turns text into terms for one language, caching stems for the run.
pub struct Analyzer {
    language: Language,
    stemmer: Box<dyn Stemmer>,
    stopwords: &'static StaticTable<()>,
    stop_phrases: &'static StopPhrases,
    /// The words of the run, in lower case: of lower-case words, and of capitalised ones
    /// (which may be names and are stemmed as such).
    words: HashMap<String, Word>,
    names: HashMap<String, Word>,
    /// The word being looked up, in lower case (one buffer for the run).
    lower: String,
}

impl Analyzer {
    /// An analyzer with the shipped stemmer and stop words of `language`.
    pub fn new(language: Language) -> Self {
        Analyzer::with_roots(language, IndonesianStemmer::shipped())
    }

    /// An analyzer whose Indonesian stemmer is guided by the given root list.
    pub fn with_roots(language: Language, indonesian: Arc<IndonesianStemmer>) -> Self {
        let stemmer: Box<dyn Stemmer> = match language {
            Language::English => Box::new(EnglishStemmer::default()),
            Language::Indonesian => Box::new(indonesian),
        };
        Analyzer {
            language,
            stemmer,
            stopwords: stopwords(language),
            stop_phrases: stop_phrases(language),
            words: HashMap::new(),
            names: HashMap::new(),
            lower: String::new(),
        }
    }

    /// Analyzes the segments of one document.
    pub fn analyze(&mut self, segments: &[Segment]) -> AnalyzedDoc {
        let mut vocabulary = Vocabulary::new(self.language);
        let mut occurrences = Vec::with_capacity(segments.len());
        let mut sizes = Vec::with_capacity(segments.len());
        for (n, segment) in segments.iter().enumerate() {
            let mut seq = Vec::new();
            let (mut any, mut all_short) = (false, true);
            let breaks = clause_breaks(&segment.text);
            self.each_term(&segment.text, &mut |found| {
                any = true;
                all_short &= is_short(&found);
                seq.push(vocabulary.occurrence(found, n, &breaks));
            });
            if all_short {
                if let Some(whole) = whole_text_term(&segment.text, any) {
                    seq.push(vocabulary.occurrence(whole.found(), n, &[]));
                }
            }
            occurrences.push(seq);
            sizes.push(Size {
                chars: segment.text.chars().count(),
                sentences: crate::segment::sentence_count(&segment.text, self.language),
            });
        }
        AnalyzedDoc {
            language: self.language,
            vocab: vocabulary.entries,
            segments: occurrences,
            sizes,
        }
    }

    /// The terms of a piece of text, in order, each with the span of its word.
    ///
    /// ```
    /// use selaras::{analyze::Analyzer, Language, TermClass};
    /// let text = "Wilayah-wilayah itu menandatangani perjanjian pada 2005.";
    /// let terms = Analyzer::new(Language::Indonesian).terms(text);
    /// let keys: Vec<&str> = terms.iter().map(|t| t.key.as_str()).collect();
    /// assert_eq!(keys, ["wilayah", "tandatangan", "janji", "2005"]);
    /// assert_eq!(&text[terms[0].span.range()], "Wilayah-wilayah");
    /// assert_eq!(terms[3].class, TermClass::Number);
    /// ```
    pub fn terms(&mut self, text: &str) -> Vec<Term> {
        let mut out = Vec::new();
        self.each_term(text, &mut |found| out.push(found.to_term()));
        out
    }

    /// The keys of a piece of text's terms, in order (what a lexicon entry matches on).
    pub fn keys(&mut self, text: &str) -> Vec<String> {
        self.keys_and_shape(text).0
    }

    /// The keys of a text and, if it is one word, how that word is derived from its key.
    pub(crate) fn keys_and_shape(&mut self, text: &str) -> (Vec<String>, Shape) {
        let (mut keys, mut shape) = (Vec::new(), Shape::ANY);
        self.each_term(text, &mut |found| {
            keys.push(found.key.to_string());
            shape = found.shape;
        });
        let one_word = keys.len() == 1;
        (keys, if one_word { shape } else { Shape::ANY })
    }

    fn each_term(&mut self, text: &str, emit: &mut Emit<'_>) {
        let normalized = normalize::normalize(text);
        let tokens = tokenize::tokenize(&normalized.text);
        let mut i = 0;
        while i < tokens.len() {
            let mut token = tokens[i];
            // The head noun of an Indonesian name is capitalised by convention, as a sentence's
            // first word is: it stays the word it is (Jembatan Gladak Perak is a bridge).
            token.sentence_start |= self.language == Language::Indonesian && heads_name(&tokens, i);
            // Most tokens: a plain word that cannot begin a fact, found with one lookup.
            let span = || normalized.source_of(token.text);
            if is_plain_word(token.text)
                && self.word_term(token.text, token.sentence_start, span(), true, emit)
            {
                i += 1;
                continue;
            }
            let stop_phrases = self.stop_phrases;
            if let Some(phrase) = stop_phrases.at_start_of(&tokens[i..], &mut self.lower) {
                i += phrase.left_out; // the words after those are read as usual
                continue;
            }
            match facts::recognize(&tokens[i..], self.language) {
                Some(fact) => {
                    let first = normalized.source_of(tokens[i].text);
                    for (key, form, covered) in &fact.terms {
                        let last = normalized.source_of(tokens[i + covered - 1].text);
                        emit(Found {
                            key,
                            form,
                            class: TermClass::Number,
                            span: first.cover(last),
                            shape: Shape::ANY,
                        });
                    }
                    i += fact.consumed;
                }
                None => {
                    self.token_terms(tokens[i], &normalized, emit);
                    i += 1;
                }
            }
        }
    }

    fn token_terms(&mut self, token: Token<'_>, normalized: &Normalized, emit: &mut Emit<'_>) {
        if is_plain_word(token.text) {
            let span = normalized.source_of(token.text);
            self.word_term(token.text, token.sentence_start, span, false, emit);
            return;
        }
        let text = token
            .text
            .strip_suffix("'s")
            .or_else(|| token.text.strip_suffix('\''))
            .unwrap_or(token.text);
        if let Some(acronym) = acronym(text) {
            emit(Found {
                key: &acronym,
                form: &acronym.to_lowercase(),
                class: TermClass::Acronym,
                span: normalized.source_of(text),
                shape: Shape::ANY,
            });
            return;
        }
        if text.contains('+') {
            for key in text.split('+') {
                self.key_term(key, normalized, emit);
            }
            return;
        }
        if parts(text).nth(1).is_some() {
            // Reduplication: wilayah-wilayah, berkali-kali → one term, whose shape says so.
            let (mut first, mut count, mut same) = (None::<(Term, Shape)>, 0, true);
            self.parts_terms(text, token.sentence_start, normalized, &mut |found| {
                count += 1;
                match &first {
                    None => {
                        let shape = found.shape;
                        first = Some((found.to_term(), shape));
                    }
                    Some((term, _)) => same &= term.key == found.key,
                }
            });
            if let Some((term, shape)) = first.filter(|_| count > 1 && same) {
                let span = normalized.source_of(text);
                emit(Found {
                    span,
                    shape: shape.reduplicated(),
                    ..term.found()
                });
                return;
            }
        }
        self.parts_terms(text, token.sentence_start, normalized, emit);
    }

    /// The terms of a token's parts: "right-click", "AutoText", "90-an".
    fn parts_terms(
        &mut self,
        text: &str,
        sentence_start: bool,
        normalized: &Normalized,
        emit: &mut Emit<'_>,
    ) {
        let mut previous_number = false;
        for part in parts(text) {
            let span = normalized.source_of(part);
            if part.starts_with(|c: char| c.is_ascii_digit()) {
                emit(Found {
                    key: &number_key(part),
                    form: lowercase(part, &mut self.lower),
                    class: TermClass::Number,
                    span,
                    shape: Shape::ANY,
                });
                previous_number = true;
                continue;
            }
            if previous_number && part.chars().count() < 3 {
                continue; // "90-an", "3-d"
            }
            previous_number = false;
            self.word_term(part, sentence_start, span, false, emit);
        }
    }

    /// One key of a combination such as "Ctrl+Shift+J": a letter key is a term of its own,
    /// as it is all that tells "Ctrl+J" from "Ctrl+H".
    fn key_term(&mut self, key: &str, normalized: &Normalized, emit: &mut Emit<'_>) {
        if key.chars().count() == 1 && key.starts_with(char::is_alphabetic) {
            emit(Found {
                key: &key.to_uppercase(),
                form: &key.to_lowercase(),
                class: TermClass::Acronym,
                span: normalized.source_of(key),
                shape: Shape::ANY,
            });
            return;
        }
        let token = Token {
            text: key,
            sentence_start: false,
        };
        self.token_terms(token, normalized, emit);
    }

    /// A word's term, if it is no stop word. With `unless_fact`, a word that may begin a
    /// fact or a stop phrase ("twenty", "Nov", "pukul", "salah") gives nothing, and false
    /// says that those come first.
    fn word_term(
        &mut self,
        word: &str,
        sentence_start: bool,
        span: Span,
        unless_fact: bool,
        emit: &mut Emit<'_>,
    ) -> bool {
        let lower = lowercase(word, &mut self.lower);
        let capitalised = word.starts_with(char::is_uppercase);
        let class = if capitalised && !sentence_start {
            TermClass::Name
        } else {
            TermClass::Word
        };
        let words = if capitalised {
            &mut self.names
        } else {
            &mut self.words
        };
        let emit_word = |known: &Word, emit: &mut Emit<'_>| {
            if unless_fact && known.looks_ahead {
                return false;
            }
            if let Some(key) = &known.stem {
                emit(Found {
                    key,
                    form: lower,
                    class,
                    span,
                    shape: known.shape,
                });
            }
            true
        };
        if let Some(known) = words.get(lower) {
            return emit_word(known, emit);
        }
        let stop = lower.chars().nth(1).is_none() || self.stopwords.contains(lower);
        let (stem, shape) = if stop {
            (None, Shape::ANY)
        } else if lower.contains('.') {
            (Some(lower.to_string()), Shape::ANY)
        } else if capitalised {
            (Some(self.stemmer.stem_name(lower)), Shape::ANY)
        } else {
            let (stem, shape) = self.stemmer.stem_and_shape(lower);
            (Some(stem), shape)
        };
        let known = Word {
            stem,
            shape,
            looks_ahead: facts::may_begin(lower, self.language)
                || self.stop_phrases.may_begin(lower),
        };
        let emitted = emit_word(&known, emit);
        words.insert(lower.to_string(), known);
        emitted
    }
}

/// What the run knows of a word.
struct Word {
    /// Its stem; None for a stop word or a single letter.
    stem: Option<String>,
    /// How it is derived from its stem.
    shape: Shape,
    /// Whether a fact or a stop phrase may begin with it, so that those are looked for
    /// first.
    looks_ahead: bool,
}

/// A document's vocabulary as its terms are found.
struct Vocabulary {
    language: Language,
    index: HashMap<String, u32>,
    entries: Vec<VocabEntry>,
    /// The segment each term was last counted in (its index + 1): a term counts once a
    /// segment.
    counted_in: Vec<usize>,
}

impl Vocabulary {
    fn new(language: Language) -> Self {
        Vocabulary {
            language,
            index: HashMap::new(),
            entries: Vec::new(),
            counted_in: Vec::new(),
        }
    }

    /// The occurrence of a term found in segment `n`, the term entered (copied) the first
    /// time it is seen.
    fn occurrence(&mut self, found: Found<'_>, n: usize, breaks: &[usize]) -> Occurrence {
        let id = match self.index.get(found.key) {
            Some(&id) => id,
            None => self.enter(found),
        };
        let entry = &mut self.entries[id as usize];
        entry.class = entry.class.max(found.class);
        entry.shapes.add(found.shape);
        if self.counted_in[id as usize] != n + 1 {
            self.counted_in[id as usize] = n + 1;
            entry.segments += 1;
        }
        Occurrence {
            term: id,
            span: found.span,
            clause: breaks.partition_point(|&b| b < found.span.start) as u32,
        }
    }

    fn enter(&mut self, found: Found<'_>) -> u32 {
        let zipf = match found.class {
            TermClass::Number => 0.0,
            _ => background::zipf(self.language, found.form),
        };
        let id = self.entries.len() as u32;
        self.entries.push(VocabEntry {
            key: found.key.to_string(),
            form: found.form.to_string(),
            class: found.class,
            segments: 0,
            zipf,
            shapes: Shapes::default(),
        });
        self.counted_in.push(0);
        self.index.insert(found.key.to_string(), id);
        id
    }
}

impl Term {
    fn found(&self) -> Found<'_> {
        Found {
            key: &self.key,
            form: &self.form,
            class: self.class,
            span: self.span,
            shape: Shape::ANY,
        }
    }
}

/// `word` in lower case: itself where it has no capital, else written into `buffer`.
fn lowercase<'a>(word: &'a str, buffer: &'a mut String) -> &'a str {
    if word.is_ascii() {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return word;
        }
        buffer.clear();
        buffer.push_str(word);
        buffer.make_ascii_lowercase();
    } else {
        *buffer = word.to_lowercase();
    }
    buffer
}

/// Whether token `i` begins a run of capitalised words inside a sentence: in Indonesian the
/// common noun that heads a name ("Desa Sumberwuluh", "Provinsi Jawa Timur", "Presiden Joko
/// Widodo"). A capitalised word inside the run ("Negeri" in "Menteri Dalam Negeri") is the
/// name's own.
fn heads_name(tokens: &[Token<'_>], i: usize) -> bool {
    let capital = |t: &Token<'_>| t.text.starts_with(char::is_uppercase);
    let t = &tokens[i];
    capital(t)
        && !t.sentence_start
        && !capital(&tokens[i - 1])
        && tokens
            .get(i + 1)
            .is_some_and(|n| capital(n) && !n.sentence_start)
}

/// Where the clauses of a text end: at a comma, colon, semicolon or stop followed by a
/// space (not in "5,6" or "1.5"), and at every bracket, quotation mark and dash.
fn clause_breaks(text: &str) -> Vec<usize> {
    let mut chars = text.char_indices().peekable();
    let mut out = Vec::new();
    while let Some((at, c)) = chars.next() {
        let ends_clause = match c {
            ',' | ';' | ':' | '.' | '!' | '?' => {
                chars.peek().is_none_or(|&(_, n)| n.is_whitespace())
            }
            '(' | ')' | '[' | ']' | '"' | '“' | '”' | '«' | '»' | '—' | '–' => true,
            _ => false,
        };
        if ends_clause {
            out.push(at);
        }
    }
    out
}

/// Most tokens: ASCII letters, lower case after the first, so one word of one part.
fn is_plain_word(text: &str) -> bool {
    let mut bytes = text.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic()) && bytes.all(|b| b.is_ascii_lowercase())
}

/// The parts of a token that are words of their own: split at hyphens and inner capitals.
fn parts(text: &str) -> impl Iterator<Item = &str> {
    text.split('-')
        .flat_map(camel_case_parts)
        .filter(|p| !p.is_empty())
}

/// The words of a run-together identifier or of two labels that lost the space between
/// them: "AutoText" is "Auto" and "Text" (translated "Teks Otomatis"), "CommandCtrl" is
/// "Command" and "Ctrl". A split falls before a capital that follows a small letter.
fn camel_case_parts(word: &str) -> impl Iterator<Item = &str> {
    let mut chars = word.char_indices();
    let (mut start, mut previous_small, mut done) = (0, false, false);
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        for (i, c) in chars.by_ref() {
            let split = previous_small && c.is_uppercase();
            previous_small = c.is_lowercase();
            if split {
                let part = &word[start..i];
                start = i;
                return Some(part);
            }
        }
        done = true;
        Some(&word[start..])
    })
}

/// A segment with no word long enough to link on its own (a formula, an operator, a
/// cell label such as "A" or "#N/A", "<= or le") stands for itself: it is the same text
/// on both sides, or nothing. A short word alone ("New", "Top") is a word: it links
/// through the lexicon, and a whole-text term beside it would only count against that.
/// Called where every term of the segment `is_short`; `any` says whether it has one.
fn whole_text_term(text: &str, any: bool) -> Option<Term> {
    let symbols = text
        .chars()
        .any(|c| !c.is_alphanumeric() && !c.is_whitespace() && !".,:;!?'\"()".contains(c));
    if any && !symbols {
        return None;
    }
    let whole = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let trimmed = text.trim();
    let start = trimmed.as_ptr() as usize - text.as_ptr() as usize;
    (!whole.is_empty() && whole.chars().count() <= WHOLE_TEXT_MAX).then(|| Term {
        form: whole.to_lowercase(),
        key: whole,
        class: TermClass::Acronym,
        span: Span::new(start, start + trimmed.len()),
    })
}

/// A term too short to link a segment on its own.
fn is_short(found: &Found<'_>) -> bool {
    found.class != TermClass::Number && found.form.chars().nth(3).is_none()
}

/// The longest segment that may stand for itself.
const WHOLE_TEXT_MAX: usize = 40;

/// A number as both languages write it: "1,000" and "1.000" are 1000, "2.5" and "2,5" are
/// 2.5, and so are "2,50" and "2.50" (trailing zeros of a fraction say nothing: "7,00
/// persen" is 7 percent). A separator followed by exactly three digits groups thousands,
/// any other is the decimal point; dates and times ("26/12", "08:00") keep only their
/// digits.
fn number_key(token: &str) -> String {
    if token.bytes().all(|b| b.is_ascii_digit()) {
        return token.to_string(); // most numbers
    }
    let number: String = token
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '/' | ':'))
        .collect();
    let number = number.trim_end_matches(['.', ',', '/', ':']);
    if number.contains(['/', ':']) {
        return number.chars().filter(char::is_ascii_digit).collect();
    }
    let groups: Vec<&str> = number.split(['.', ',']).collect();
    let (whole, fraction) = match groups.split_last() {
        Some((last, rest)) if !rest.is_empty() && last.len() != 3 => {
            (rest.concat(), last.trim_end_matches('0'))
        }
        _ => (groups.concat(), ""),
    };
    if fraction.is_empty() {
        whole
    } else {
        format!("{whole}.{fraction}")
    }
}

/// "NATO", "PBB", "U.S" → the acronym without dots; None for anything else.
fn acronym(text: &str) -> Option<String> {
    if text.chars().any(char::is_lowercase) {
        return None; // most tokens: no acronym, nothing to copy
    }
    let letters: String = text.chars().filter(|&c| c != '.').collect();
    let dotted_initials = text.contains('.') && text.split('.').all(|p| p.chars().count() == 1);
    let all_caps = letters.chars().count() >= 2
        && letters
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit())
        && letters.chars().filter(|c| c.is_uppercase()).count() >= 2;
    (all_caps && (!text.contains('.') || dotted_initials)).then_some(letters)
}

/// Whether a lower-case word is a function word of the language ("the", "yang").
pub fn is_stopword(language: Language, word: &str) -> bool {
    stopwords(language).contains(word)
}

/// Fixed expressions whose words mean something else on their own ("salah satu" is "one
/// of", and nothing is wrong; "at least" says nothing of "least"): their words, or the first
/// ones, are left out of matching as function words are. By first word, longest first.
struct StopPhrases(HashMap<&'static str, Vec<StopPhrase>>);

/// One fixed expression: its words, and how many of them, from the first, are left out.
struct StopPhrase {
    words: Vec<&'static str>,
    left_out: usize,
}

impl StopPhrase {
    /// "[salah] satu": the bracketed first words are left out; with no brackets, all.
    fn parse(line: &'static str) -> StopPhrase {
        let mut words = Vec::new();
        let mut bracketed = 0;
        for word in line.split_whitespace() {
            match word.strip_prefix('[').and_then(|w| w.strip_suffix(']')) {
                Some(word) if bracketed == words.len() => {
                    words.push(word);
                    bracketed += 1;
                }
                _ => words.push(word),
            }
        }
        let left_out = if bracketed > 0 {
            bracketed
        } else {
            words.len()
        };
        StopPhrase { words, left_out }
    }

    fn begins(&self, tokens: &[Token<'_>]) -> bool {
        self.words.len() <= tokens.len()
            && self
                .words
                .iter()
                .zip(tokens)
                .all(|(word, token)| token.text.eq_ignore_ascii_case(word))
    }
}

impl StopPhrases {
    fn may_begin(&self, lower: &str) -> bool {
        self.0.contains_key(lower)
    }

    /// The stop phrase that `tokens` begin with, if any.
    /// Every phrase begins with a plain word, so other tokens are passed over at once;
    /// `buffer` holds a capitalised one in lower case.
    fn at_start_of(&self, tokens: &[Token<'_>], buffer: &mut String) -> Option<&StopPhrase> {
        let first = tokens.first()?.text;
        if !is_plain_word(first) {
            return None;
        }
        self.0
            .get(lowercase(first, buffer))?
            .iter()
            .find(|p| p.begins(tokens))
    }
}

fn stop_phrases(language: Language) -> &'static StopPhrases {
    static EN: OnceLock<StopPhrases> = OnceLock::new();
    static ID: OnceLock<StopPhrases> = OnceLock::new();
    let (cell, data) = match language {
        Language::English => (&EN, include_str!("../../data/stopphrases-en.txt")),
        Language::Indonesian => (&ID, include_str!("../../data/stopphrases-id.txt")),
    };
    cell.get_or_init(|| {
        let mut phrases: HashMap<&str, Vec<StopPhrase>> = HashMap::new();
        for line in data
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let phrase = StopPhrase::parse(line);
            phrases.entry(phrase.words[0]).or_default().push(phrase);
        }
        for list in phrases.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
        StopPhrases(phrases)
    })
}

fn stopwords(language: Language) -> &'static StaticTable<()> {
    match language {
        Language::English => &tables::STOPWORDS_EN,
        Language::Indonesian => &tables::STOPWORDS_ID,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(language: Language, text: &str) -> Vec<(String, TermClass)> {
        Analyzer::new(language)
            .terms(text)
            .into_iter()
            .map(|t| (t.key, t.class))
            .collect()
    }

    #[test]
    fn english_terms() {
        use TermClass::*;
        assert_eq!(
            keys(
                Language::English,
                "Russia's invasion of Ukraine began in 2014, NATO said."
            ),
            [
                ("russia".to_string(), Word),
                ("invas".to_string(), Word),
                ("ukrain".to_string(), Name),
                ("begin".to_string(), Word),
                ("2014".to_string(), Number),
                ("NATO".to_string(), Acronym),
                ("said".to_string(), Word),
            ]
        );
    }

    #[test]
    fn the_noun_heading_an_indonesian_name_is_a_word() {
        use TermClass::*;
        let text = "Lahar memutus Jembatan Gladak Perak, kata Menteri Dalam Negeri.";
        let classes: Vec<(String, TermClass)> = keys(Language::Indonesian, text);
        let class = |key: &str| classes.iter().find(|(k, _)| k == key).map(|(_, c)| *c);
        assert_eq!(class("jembatan"), Some(Word), "{classes:?}");
        assert_eq!(class("gladak"), Some(Name), "{classes:?}");
        assert_eq!(class("menteri"), Some(Word), "{classes:?}");
        assert_eq!(class("negeri"), Some(Name), "{classes:?}");
    }

    #[test]
    fn every_term_knows_where_its_word_stands() {
        let text = "Russia’s U.S.-backed “Ctrl+J” 1,000 wilayah-wilayah BadanPusat";
        let terms = Analyzer::new(Language::Indonesian).terms(text);
        let words: Vec<&str> = terms.iter().map(|t| &text[t.span.range()]).collect();
        assert_eq!(
            words,
            [
                "Russia",
                "U.S",
                "backed",
                "Ctrl",
                "J",
                "1,000",
                "wilayah-wilayah",
                "Badan",
                "Pusat"
            ]
        );
    }

    #[test]
    fn clauses_end_at_punctuation_but_not_inside_a_number() {
        let text = "Gempa 5,6 dan 1.5 km mengguncang Cianjur, kata BMKG (Senin).";
        let marks: Vec<&str> = clause_breaks(text)
            .iter()
            .map(|&at| &text[at..at + 1])
            .collect();
        assert_eq!(marks, [",", "(", ")", "."]);
    }

    #[test]
    fn run_together_words_are_split_at_inner_capitals() {
        use TermClass::*;
        assert_eq!(
            keys(Language::English, "Open AutoText in PreferencesTools."),
            [
                ("open".to_string(), Word),
                ("auto".to_string(), Name),
                ("text".to_string(), Name),
                ("prefer".to_string(), Name),
                ("tool".to_string(), Name),
            ]
        );
        assert_eq!(
            keys(Language::Indonesian, "Tekan CommandCtrl+J"),
            keys(Language::Indonesian, "Tekan Command Ctrl+J")
        );
    }

    #[test]
    fn the_letter_of_a_key_combination_is_a_term() {
        let keys = |text| keys(Language::English, text);
        assert_ne!(keys("Press Ctrl+J"), keys("Press Ctrl+H"));
        assert_eq!(
            keys("Command Ctrl+Shift+J or F5"),
            [
                ("command".to_string(), TermClass::Word),
                ("ctrl".to_string(), TermClass::Name),
                ("shift".to_string(), TermClass::Name),
                ("J".to_string(), TermClass::Acronym),
                ("f5".to_string(), TermClass::Name),
            ]
        );
    }

    #[test]
    fn formulas_and_labels_stand_for_themselves_but_short_words_do_not() {
        let whole = |text| {
            let terms = Analyzer::new(Language::English).terms(text);
            let all_short = terms.iter().all(|t| is_short(&t.found()));
            all_short
                .then(|| whole_text_term(text, !terms.is_empty()))
                .flatten()
                .map(|t| t.key)
        };
        assert_eq!(whole("<= or le"), Some("<= or le".to_string()));
        assert_eq!(whole("A"), Some("A".to_string()));
        assert_eq!(whole("New"), None);
        assert_eq!(whole("Move up"), None);
    }

    #[test]
    fn numbers_match_across_the_two_conventions() {
        let pairs = [
            ("1,000", "1.000"),
            ("2.5", "2,5"),
            ("227,000", "227.000"),
            ("5.5", "5,50"),
            ("7", "7,00"),
        ];
        for (en, id) in pairs {
            assert_eq!(number_key(en), number_key(id), "{en} {id}");
        }
        assert_eq!(number_key("2.5"), "2.5");
        assert_ne!(number_key("2.5"), number_key("25"));
        assert_eq!(number_key("1,234,567.89"), "1234567.89");
        assert_eq!(number_key("26/12/2024"), "26122024");
        assert_eq!(number_key("90s"), "90");
    }

    #[test]
    fn indonesian_reduplication_numbers_and_stems() {
        use TermClass::*;
        assert_eq!(
            keys(
                Language::Indonesian,
                "Wilayah-wilayah itu pada tahun 90-an menandatangani perjanjian 1.000"
            ),
            [
                ("wilayah".to_string(), Word),
                ("tahun".to_string(), Word),
                ("90".to_string(), Number),
                ("tandatangan".to_string(), Word),
                ("janji".to_string(), Word),
                ("1000".to_string(), Number),
            ]
        );
    }

    #[test]
    fn a_fixed_expression_leaves_out_the_words_that_mislead() {
        let words = |language, text| -> Vec<String> {
            keys(language, text)
                .into_iter()
                .map(|(key, _)| key)
                .collect()
        };
        // "salah satu" is "one of": satu is matched, salah (wrong) is not.
        assert_eq!(
            words(Language::Indonesian, "Salah satu korban bersalah"),
            ["satu", "korban", "salah"]
        );
        assert_eq!(
            words(Language::Indonesian, "sebagian besar warga"),
            ["warga"]
        );
        assert_eq!(
            words(Language::English, "At least ten houses, at the least"),
            ["10", "hous", "least"]
        );
    }
}
