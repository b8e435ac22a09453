//! Placeholders, tags, entities and keyboard accelerators must survive translation as they
//! are: a program fills `%s`, `%1$d`, `{0}` and `{name}`, renders `<b>` and `&amp;`, and a
//! menu needs its `_File` accelerator. Each pair's markup is compared as a multiset (order
//! may change with the language's word order).

use super::{Finding, Kind, Severity, View};
use std::collections::BTreeMap;

pub(super) fn check(view: &View) -> Vec<Finding> {
    let mut out = Vec::new();
    for bead in view.alignment.pairs() {
        let (source, target) = view.sides(bead);
        let text = |language, segments: &[usize]| -> String {
            segments
                .iter()
                .map(|&s| view.text(language, s))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let (s, t) = (
            markup(&text(view.source, source)),
            markup(&text(view.target(), target)),
        );
        if s.codes != t.codes {
            let (missing, extra) = (
                difference(&s.codes, &t.codes),
                difference(&t.codes, &s.codes),
            );
            let mut message = Vec::new();
            if !missing.is_empty() {
                message.push(format!(
                    "missing from the translation: {}",
                    missing.join(" ")
                ));
            }
            if !extra.is_empty() {
                message.push(format!("not in the source: {}", extra.join(" ")));
            }
            let mut finding = view.finding(
                Kind::Markup,
                Severity::Error,
                source,
                target,
                format!("placeholders or tags differ; {}", message.join("; ")),
            );
            finding.evidence = missing.into_iter().chain(extra).collect();
            out.push(finding);
        } else if t.glued.len() > s.glued.len() {
            let mut finding = view.finding(
                Kind::Markup,
                Severity::Error,
                source,
                target,
                format!(
                    "a placeholder runs into the next word (a space is missing): {}",
                    t.glued.join(", ")
                ),
            );
            finding.evidence = t.glued.clone();
            out.push(finding);
        } else if s.accelerators != t.accelerators {
            let mut finding = view.finding(
                Kind::Markup,
                Severity::Warning,
                source,
                target,
                format!(
                    "keyboard accelerators differ: {} in the source, {} in the translation",
                    s.accelerators, t.accelerators
                ),
            );
            finding.evidence = vec![s.accelerators.to_string(), t.accelerators.to_string()];
            out.push(finding);
        }
    }
    out
}

/// The markup of a text: placeholders, tags and entities with their counts, and the
/// number of accelerator marks.
#[derive(Debug, Default, PartialEq)]
struct Markup {
    codes: BTreeMap<String, usize>,
    accelerators: usize,
    /// Placeholders run into the next word ("%(count)sdokumen"), as written.
    glued: Vec<String>,
}

/// The codes of `a` that `b` has fewer of, each as often as it is short.
fn difference(a: &BTreeMap<String, usize>, b: &BTreeMap<String, usize>) -> Vec<String> {
    a.iter()
        .flat_map(|(code, &n)| {
            let short = n.saturating_sub(b.get(code).copied().unwrap_or(0));
            std::iter::repeat_n(code.clone(), short)
        })
        .collect()
}

fn markup(text: &str) -> Markup {
    let mut out = Markup::default();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (at, c) = chars[k];
        let rest = &text[at..];
        if rest.starts_with("%%") {
            k += 2;
            continue;
        }
        let found = match c {
            '%' => printf(rest, text[..at].ends_with(|c: char| c.is_ascii_digit())),
            '{' => brace(rest),
            '<' => tag(rest),
            '&' => entity(rest).or_else(|| {
                accelerator(text, at, 1, &mut out.accelerators);
                None
            }),
            '_' => {
                accelerator(text, at, 1, &mut out.accelerators);
                None
            }
            _ => None,
        };
        match found {
            Some((code, len)) => {
                if rest[len..].starts_with(char::is_alphabetic) && c != '<' && c != '&' {
                    let word: String = rest[len..]
                        .chars()
                        .take_while(|c| c.is_alphabetic())
                        .collect();
                    out.glued.push(format!("{code}{word}"));
                }
                *out.codes.entry(code).or_default() += 1;
                k += rest[..len].chars().count();
            }
            None => k += 1,
        }
    }
    out
}

/// `%s`, `%d`, `%1$s`, `%.2f`, `%-5d`, `%ld`, `%(name)s`; `%%` is a literal percent sign,
/// and so is one after a number (`after_digit`) that runs into a word ("50%dari").
fn printf(rest: &str, after_digit: bool) -> Option<(String, usize)> {
    let b = rest.as_bytes();
    let mut i = 1;
    if b.get(1) == Some(&b'(') {
        let close = rest.find(')')?;
        i = close + 1;
    } else {
        while i < b.len() && (b[i].is_ascii_digit() || b"$.-+# 'l".contains(&b[i])) {
            if b[i] == b' ' && i > 1 {
                return None;
            }
            i += 1;
        }
    }
    let conversion = *b.get(i)?;
    if !b"sdifgxXcupeEoS@".contains(&conversion) || (i == 1 && b.get(1) == Some(&b' ')) {
        return None;
    }
    // "50 %s" is a placeholder, "50% of", "(% dan" and "50%dari" are not; "%ds" (seconds)
    // and "%sw" (a placeholder run into a word) are (a named one, "%(count)s", wherever it
    // stands).
    let spaced = rest[..i].contains(' ');
    if b.get(1) != Some(&b'(')
        && (after_digit || spaced)
        && b.get(i + 1).is_some_and(|c| c.is_ascii_alphanumeric())
    {
        return None;
    }
    Some((rest[..=i].to_string(), i + 1))
}

/// `{0}`, `{name}`, `{count:d}`; `{{` is a literal brace.
fn brace(rest: &str) -> Option<(String, usize)> {
    let close = rest.find('}')?;
    let inner = &rest[1..close];
    let name_ok = !inner.is_empty()
        && inner
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_:.-".contains(c));
    name_ok.then(|| (rest[..=close].to_string(), close + 1))
}

/// An HTML or XML tag, as its name (`<b>`, `</b>`, `<br/>`; attributes left out).
fn tag(rest: &str) -> Option<(String, usize)> {
    let close = rest.find('>')?;
    let inner = &rest[1..close];
    let (slash, name) = match inner.strip_prefix('/') {
        Some(n) => ("/", n),
        None => ("", inner),
    };
    let name: String = name
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == ':' || *c == '-')
        .collect();
    if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let self_closing = if inner.ends_with('/') { "/" } else { "" };
    Some((format!("<{slash}{name}{self_closing}>"), close + 1))
}

/// `&amp;`, `&#160;`, `&#x2014;`.
fn entity(rest: &str) -> Option<(String, usize)> {
    let semi = rest.find(';')?;
    let inner = &rest[1..semi];
    let ok = !inner.is_empty()
        && inner.len() <= 10
        && (inner.chars().all(|c| c.is_ascii_alphanumeric()) || inner.starts_with('#'));
    ok.then(|| (rest[..=semi].to_string(), semi + 1))
}

/// An accelerator mark (`_File`, `&Open`): the mark at a word's start, before a letter.
fn accelerator(text: &str, at: usize, mark_len: usize, count: &mut usize) {
    let before = text[..at].chars().next_back();
    let after = text[at + mark_len..].chars().next();
    if before.is_none_or(|c| !c.is_alphanumeric()) && after.is_some_and(char::is_alphabetic) {
        *count += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<String> {
        markup(text).codes.into_keys().collect()
    }

    #[test]
    fn finds_placeholders_tags_and_entities() {
        assert_eq!(codes("Copy %s to %1$d files"), ["%1$d", "%s"]);
        assert_eq!(codes("Hello {name}, {0} new"), ["{0}", "{name}"]);
        assert_eq!(
            codes("<b>Bold</b> &amp; <br/>"),
            ["&amp;", "</b>", "<b>", "<br/>"]
        );
        assert!(codes("50% of the 10 % rise, {{ literal").is_empty());
        assert!(codes("50%dari (% dan _), 2%% of").is_empty());
        assert_eq!(codes("%s%% of all, set to %ds."), ["%d", "%s"]);
        assert_eq!(markup("awal: %sw").glued, ["%sw"]);
        assert_eq!(markup("_File and &Open").accelerators, 2);
        assert_eq!(markup("%(count)sdokumen").glued, ["%(count)sdokumen"]);
        assert!(markup("%(count)s dokumen").glued.is_empty());
        assert_eq!(markup("snake_case").accelerators, 0);
    }
}
