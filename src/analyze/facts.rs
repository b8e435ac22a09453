//! Numbers, dates and times by value, however each language writes them: "1.5 million" and
//! "1,5 juta" are 1500000, "thirty" and "tiga puluh" are 30, "Nov 27" and "(27/11/2017)" are
//! the 27th of November, "2pm" and "pukul 14.15 WIB" are the 14th hour (a time stands for the
//! hour it rounds to: "14.50" is near 3pm, not 2pm). Separately written
//! articles share such facts more often than words.

use super::number_key;
use super::tokenize::Token;
use crate::model::Language;
use foldhash::HashSet;
use std::borrow::Cow;
use std::sync::OnceLock;

/// A fact recognized at the start of a run of tokens.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Fact {
    /// The terms it gives: key, form, and the tokens (from the start) each one covers.
    pub terms: Vec<(String, String, usize)>,
    /// How many tokens it takes.
    pub consumed: usize,
}

/// The fact that `tokens` begin with, if any.
pub(super) fn recognize(tokens: &[Token<'_>], language: Language) -> Option<Fact> {
    let head = tokens.first()?.text;
    if !head.bytes().any(|b| b.is_ascii_digit()) && !may_begin(head, language) {
        return None; // most tokens
    }
    time(tokens, language)
        .or_else(|| date(tokens, language))
        .or_else(|| quantity(tokens, language))
}

/// A token in lower case, copied only when lower-casing changes it (most tokens it does not).
fn lower<'a>(token: &Token<'a>) -> Cow<'a, str> {
    let changes = |c: char| {
        let mut lower = c.to_lowercase();
        lower.next() != Some(c) || lower.next().is_some()
    };
    let text = token.text;
    let lowering = if text.is_ascii() {
        text.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        text.chars().any(changes)
    };
    if lowering {
        Cow::Owned(token.text.to_lowercase())
    } else {
        Cow::Borrowed(token.text)
    }
}

/// Whether a token without digits can begin a fact: a month, a clock word, a number word.
pub(super) fn may_begin(head: &str, language: Language) -> bool {
    static EN: OnceLock<HashSet<&[u8]>> = OnceLock::new();
    static ID: OnceLock<HashSet<&[u8]>> = OnceLock::new();
    let words = |numbers: [&'static [(&'static str, f64)]; 2], clock: &[&'static str]| {
        let numbers = numbers.into_iter().flatten().map(|n| n.0);
        let months = MONTHS.iter().map(|m| m.0);
        let words = numbers.chain(months).chain(clock.iter().copied());
        words.map(str::as_bytes).collect()
    };
    let starts = match language {
        Language::English => EN.get_or_init(|| words([EN_UNITS, EN_SCALES], &[])),
        Language::Indonesian => ID.get_or_init(|| words([ID_UNITS, ID_SCALES], CLOCK_WORDS)),
    };
    // "twenty-five": the first part; every word of the set has three letters or more.
    let first_part = head
        .as_bytes()
        .split(|&b| b == b'-')
        .next()
        .unwrap_or_default();
    let mut buffer = [0; WORD_MAX];
    first_part.len() >= 3
        && ascii_lower(first_part, &mut buffer).is_some_and(|word| starts.contains(word))
}

/// The Indonesian words that begin an hour: "pukul 13.00", "jam 7".
const CLOCK_WORDS: &[&str] = &["pukul", "jam"];

/// The longest word of a fact: "seventeen", "nopember".
const WORD_MAX: usize = 10;

/// An ASCII word of up to `WORD_MAX` letters, lower-cased on the stack; None for anything else.
fn ascii_lower<'b>(word: &[u8], buffer: &'b mut [u8; WORD_MAX]) -> Option<&'b [u8]> {
    if word.len() > WORD_MAX || !word.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    for (l, b) in buffer.iter_mut().zip(word) {
        *l = b.to_ascii_lowercase();
    }
    Some(&buffer[..word.len()])
}

fn is_digits(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_digit())
}

/// A day of the month written as digits.
fn day(text: &str) -> Option<u32> {
    is_digits(text)
        .then(|| text.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

/// The month a word names (full or abbreviated, either language's spelling).
fn month(word: &str) -> Option<u32> {
    let mut buffer = [0; WORD_MAX];
    let lower = ascii_lower(word.as_bytes(), &mut buffer)?;
    MONTHS
        .iter()
        .find(|(name, _)| name.as_bytes() == lower)
        .map(|m| m.1)
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("januari", 1),
    ("jan", 1),
    ("february", 2),
    ("februari", 2),
    ("feb", 2),
    ("pebruari", 2),
    ("march", 3),
    ("maret", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("mei", 5),
    ("june", 6),
    ("juni", 6),
    ("jun", 6),
    ("july", 7),
    ("juli", 7),
    ("jul", 7),
    ("august", 8),
    ("agustus", 8),
    ("aug", 8),
    ("agu", 8),
    ("agt", 8),
    ("ags", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oktober", 10),
    ("oct", 10),
    ("okt", 10),
    ("november", 11),
    ("nov", 11),
    ("nop", 11),
    ("nopember", 11),
    ("december", 12),
    ("desember", 12),
    ("dec", 12),
    ("des", 12),
];

fn date_term(day: u32, month: u32, tokens: usize) -> (String, String, usize) {
    (format!("{day}/{month}"), format!("{day}/{month}"), tokens)
}

/// "Nov 27", "27 November", "27/11/2017", "(30/9)": a day of a month (the year, when there
/// is one, stays a number of its own).
fn date(tokens: &[Token<'_>], _language: Language) -> Option<Fact> {
    let first = tokens.first()?;
    // 27/11/2017, 30/9, 2022/02/24
    let parts: Vec<&str> = if first.text.contains('/') {
        first.text.split('/').collect()
    } else {
        Vec::new()
    };
    if parts.len() >= 2 && parts.iter().all(|p| is_digits(p)) {
        let (d, m, y) = match parts[..] {
            [y, m, d] if y.len() == 4 => (d, m, Some(y)),
            [d, m, y] if y.len() == 4 || y.len() == 2 => (d, m, Some(y)),
            [d, m] => (d, m, None),
            _ => return None,
        };
        let (d, m) = (
            day(d)?,
            m.parse::<u32>().ok().filter(|m| (1..=12).contains(m))?,
        );
        let mut terms = vec![date_term(d, m, 1)];
        terms.extend(
            y.filter(|y| y.len() == 4)
                .map(|y| (y.to_string(), y.to_string(), 1)),
        );
        return Some(Fact { terms, consumed: 1 });
    }
    let second = tokens.get(1)?;
    // "27 November", "Nov 27": a month is looked up only beside a day.
    let day_month = || Some((day(first.text)?, month(second.text)?));
    let month_day = || Some((day(second.text)?, month(first.text)?));
    let (d, m) = day_month().or_else(month_day)?;
    Some(Fact {
        terms: vec![date_term(d, m, 2)],
        consumed: 2,
    })
}

/// "7am", "8.20am", "6 p.m", "00:00", "pukul 13.00", "14.50 WIB": an hour of the day.
fn time(tokens: &[Token<'_>], language: Language) -> Option<Fact> {
    // Every time has a digit in its first token, or starts with a clock word.
    let head = tokens.first()?.text;
    let clock_word = |w: &str| language == Language::Indonesian && CLOCK_WORDS.contains(&w);
    let first = lower(tokens.first()?);
    if !head.bytes().any(|b| b.is_ascii_digit()) && !clock_word(&first) {
        return None;
    }
    let next = tokens.get(1).map(lower);
    let hour_term = |hour: u32, minutes: u32, covered: usize| {
        (hour < 24 && minutes < 60).then(|| Fact {
            terms: vec![(
                format!("{:02}h", (hour + minutes / 30) % 24),
                format!("{hour:02}:{minutes:02}"),
                covered,
            )],
            consumed: covered,
        })
    };
    // "pukul 13.00", "jam 7"
    if clock_word(&first) {
        let (h, m) = clock(next.as_deref()?)?;
        return hour_term(h, m, 2);
    }
    // "7am", "8.20pm"
    for (suffix, offset) in [("am", 0), ("pm", 12)] {
        if let Some(clock_text) = first.strip_suffix(suffix) {
            let (h, m) = clock(clock_text)?;
            return hour_term(h % 12 + offset, m, 1);
        }
    }
    let (h, m) = clock(&first)?;
    // "6 a.m", "6 p.m"
    match next.as_deref() {
        Some("a.m") | Some("am") => return hour_term(h % 12, m, 2),
        Some("p.m") | Some("pm") => return hour_term(h % 12 + 12, m, 2),
        Some("wib" | "wita" | "wit") => return hour_term(h, m, 2),
        _ => {}
    }
    // "06:00" is a time wherever it stands; "13.00" only with pukul or a time zone.
    first.contains(':').then(|| hour_term(h, m, 1)).flatten()
}

/// Hours and minutes written "7", "13.00", "06:00", "8.20".
fn clock(text: &str) -> Option<(u32, u32)> {
    let (h, m) = match text.split_once([':', '.']) {
        Some((h, m)) if m.len() == 2 && is_digits(m) => (h, m.parse().ok()?),
        Some(_) => return None,
        None => (text, 0),
    };
    (is_digits(h) && h.len() <= 2)
        .then(|| h.parse().ok())
        .flatten()
        .map(|h| (h, m))
}

/// A number and the scale words after it ("1.5 million", "1,5 juta", "tiga puluh", "two
/// hundred fifty"): one number, by value.
fn quantity(tokens: &[Token<'_>], language: Language) -> Option<Fact> {
    let mut reader = Reader::default();
    let mut used = 0;
    let mut words_only = true;
    for (k, token) in tokens.iter().enumerate() {
        let text = lower(token);
        let read = match digits_value(&text) {
            Some(value) if k == 0 => {
                words_only = false;
                reader.read(Step::Unit(value))
            }
            Some(_) => false,
            // "twenty-five": every part a number word, read in order.
            None => {
                let mut steps = text.split('-').map(|part| number_word(part, language));
                steps.clone().all(|step| step.is_some())
                    && steps.all(|step| step.is_some_and(|step| reader.read(step)))
            }
        };
        if !read {
            break;
        }
        used += 1;
    }
    let value = reader.value();
    // A scale word, or a number word, is what makes this more than the plain number; "one"
    // and "satu" alone are mostly not numbers ("one of", "salah satu").
    let worth_it = used > 1 || (words_only && used == 1 && value >= 2.0);
    if !worth_it || value <= 0.0 {
        return None;
    }
    let form = tokens[..used]
        .iter()
        .map(lower)
        .collect::<Vec<_>>()
        .join(" ");
    Some(Fact {
        terms: vec![(number_key(&value.to_string()), form, used)],
        consumed: used,
    })
}

/// Reads number words left to right: "dua ratus lima puluh" is 2 × 100 + 5 × 10; a scale of
/// a thousand or more closes a group ("1,5 juta", "two hundred thousand").
#[derive(Default)]
struct Reader {
    total: f64,
    group: f64,
    last: Option<f64>,
}

impl Reader {
    /// Takes one step; false where the step cannot continue the number.
    fn read(&mut self, step: Step) -> bool {
        match (step, self.last) {
            (Step::Unit(v), last) => {
                self.group += last.unwrap_or(0.0);
                self.last = Some(v);
            }
            (Step::Teen, Some(last)) if last < 10.0 => self.last = Some(last + 10.0),
            (Step::Times(scale), Some(last)) if scale < 1000.0 => self.last = Some(last * scale),
            (Step::Times(scale), last)
                if scale >= 1000.0 && (last.is_some() || self.group > 0.0) =>
            {
                self.total += (self.group + last.unwrap_or(0.0)) * scale;
                self.group = 0.0;
                self.last = None;
            }
            _ => return false,
        }
        true
    }

    fn value(&self) -> f64 {
        self.total + self.group + self.last.unwrap_or(0.0)
    }
}

/// What a number word does to the number being read.
enum Step {
    /// A value of its own: "two", "dua", "sepuluh", "seratus" (one hundred).
    Unit(f64),
    /// "belas": ten more ("dua belas" is 12).
    Teen,
    /// A scale: "puluh", "hundred", "ribu", "million".
    Times(f64),
}

/// A number written in digits, in either convention ("1,5", "2.500", "19,650").
fn digits_value(text: &str) -> Option<f64> {
    text.starts_with(|c: char| c.is_ascii_digit())
        .then(|| number_key(text))
        .filter(|k| k.chars().all(|c| c.is_ascii_digit() || c == '.'))
        .and_then(|k| k.parse().ok())
}

const EN_UNITS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    // Ranks are the same fact as counts ("the 15th anniversary" is "15 tahun"); "first"
    // and "second" are mostly no rank ("at first", seconds).
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
];
const EN_SCALES: &[(&str, f64)] = &[
    ("hundred", 100.0),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];
const ID_UNITS: &[(&str, f64)] = &[
    ("satu", 1.0),
    ("dua", 2.0),
    ("tiga", 3.0),
    ("empat", 4.0),
    ("lima", 5.0),
    ("enam", 6.0),
    ("tujuh", 7.0),
    ("delapan", 8.0),
    ("sembilan", 9.0),
    ("sepuluh", 10.0),
    ("sebelas", 11.0),
    // Ranks, as in English ("pertama" and "kedua" are also "first" and "both").
    ("ketiga", 3.0),
    ("keempat", 4.0),
    ("kelima", 5.0),
    ("keenam", 6.0),
    ("ketujuh", 7.0),
    ("kedelapan", 8.0),
    ("kesembilan", 9.0),
    ("kesepuluh", 10.0),
    ("kesebelas", 11.0),
    ("seratus", 100.0),
    ("seribu", 1e3),
    ("sejuta", 1e6),
];
const ID_SCALES: &[(&str, f64)] = &[
    ("puluh", 10.0),
    ("ratus", 100.0),
    ("ribu", 1e3),
    ("juta", 1e6),
    ("miliar", 1e9),
    ("milyar", 1e9),
    ("triliun", 1e12),
];

fn number_word(word: &str, language: Language) -> Option<Step> {
    let find = |table: &[(&str, f64)]| table.iter().find(|(w, _)| *w == word).map(|p| p.1);
    match language {
        Language::English => find(EN_UNITS)
            .map(Step::Unit)
            .or_else(|| find(EN_SCALES).map(Step::Times)),
        Language::Indonesian if word == "belas" => Some(Step::Teen),
        Language::Indonesian => find(ID_UNITS)
            .map(Step::Unit)
            .or_else(|| find(ID_SCALES).map(Step::Times)),
    }
}

#[cfg(test)]
mod tests {
    use super::super::Analyzer;
    use crate::model::{Language, TermClass};

    fn numbers(language: Language, text: &str) -> Vec<String> {
        Analyzer::new(language)
            .terms(text)
            .into_iter()
            .filter(|t| t.class == TermClass::Number)
            .map(|t| t.key)
            .collect()
    }

    #[test]
    fn amounts_with_scale_words_are_one_value_in_both_languages() {
        assert_eq!(
            numbers(Language::English, "1.5 million people"),
            ["1500000"]
        );
        assert_eq!(numbers(Language::Indonesian, "1,5 juta orang"), ["1500000"]);
        assert_eq!(
            numbers(Language::Indonesian, "Rp 2 triliun"),
            ["2000000000000"]
        );
        assert_eq!(
            numbers(Language::English, "2 trillion rupiah"),
            ["2000000000000"]
        );
        assert_eq!(numbers(Language::English, "magnitude 5.6"), ["5.6"]);
        assert_eq!(numbers(Language::Indonesian, "magnitudo 5,6"), ["5.6"]);
    }

    #[test]
    fn number_words_are_numbers() {
        assert_eq!(numbers(Language::Indonesian, "tiga puluh tahun"), ["30"]);
        assert_eq!(numbers(Language::English, "thirty years"), ["30"]);
        assert_eq!(numbers(Language::Indonesian, "dua belas rumah"), ["12"]);
        assert_eq!(numbers(Language::English, "twenty-five houses"), ["25"]);
        assert_eq!(numbers(Language::Indonesian, "seratus lima puluh"), ["150"]);
        assert_eq!(numbers(Language::English, "two hundred"), ["200"]);
        // A rank is its number: the eighth president is "presiden ke-8" or "kedelapan".
        assert_eq!(numbers(Language::English, "the eighth president"), ["8"]);
        assert_eq!(numbers(Language::Indonesian, "presiden kedelapan"), ["8"]);
        assert_eq!(numbers(Language::Indonesian, "presiden ke-8"), ["8"]);
        // "one of", "salah satu": not numbers.
        assert!(numbers(Language::English, "one of the islands").is_empty());
    }

    #[test]
    fn dates_match_by_day_and_month() {
        assert_eq!(
            numbers(Language::English, "on Monday (Nov 27)"),
            numbers(Language::Indonesian, "Senin (27/11)")
        );
        assert_eq!(
            numbers(Language::Indonesian, "Minggu (30/9/2018)"),
            ["30/9", "2018"]
        );
        assert_eq!(
            numbers(Language::English, "Dec. 26, 2004"),
            numbers(Language::Indonesian, "26 Desember 2004")
        );
        assert_eq!(
            numbers(Language::English, "Monday 21 November"),
            numbers(Language::Indonesian, "Senin (21/11)")
        );
    }

    #[test]
    fn times_match_by_the_nearest_hour() {
        assert_eq!(numbers(Language::English, "from 7am"), ["07h"]);
        assert_eq!(numbers(Language::Indonesian, "pukul 07:00 WITA"), ["07h"]);
        assert_eq!(numbers(Language::English, "at 2pm"), ["14h"]);
        assert_eq!(
            numbers(Language::Indonesian, "pada pukul 14.15 WIB"),
            ["14h"]
        );
        assert_eq!(numbers(Language::Indonesian, "13.21 WIB"), ["13h"]);
        // Nearer 3pm than 2pm; 23.45 is nearer midnight.
        assert_eq!(numbers(Language::Indonesian, "pukul 14.50 WIB"), ["15h"]);
        assert_eq!(numbers(Language::Indonesian, "pukul 23.45 WIB"), ["00h"]);
        assert_eq!(numbers(Language::English, "at 6 p.m."), ["18h"]);
        // A decimal is not a time.
        assert_eq!(numbers(Language::English, "13.21 percent"), ["13.21"]);
    }
}
