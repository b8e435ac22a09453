//! Learning translation pairs from aligned text: co-occurrence counts scored by the
//! log-likelihood ratio, then Melamed's competitive linking, so that each word in a pair of
//! passages is explained by at most one word on the other side.

use crate::analyze::stem::indonesian::IndonesianStemmer;
use crate::analyze::Analyzer;
use crate::model::{Language, TermClass};
use crate::settings::LearningSettings;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::Arc;

/// A learned pair, with the counts that justify it.
#[derive(Debug, Clone, Serialize)]
pub struct LearnedPair {
    /// The English word (its commonest form).
    pub en: String,
    /// The Indonesian word (its commonest form).
    pub id: String,
    /// Passage pairs in which the two were linked.
    pub links: u32,
    /// Passage pairs that contain both.
    pub together: u32,
    /// How sure the pair is, 0..1: its links as a share of the rarer word's occurrences.
    pub strength: f64,
}

/// Per side: each passage's distinct term keys (as ids), and a display form per key.
struct Side {
    passages: Vec<Vec<u32>>,
    forms: Vec<String>,
    counts: Vec<u32>,
}

fn analyze_side(texts: &[&str], language: Language, stemmer: &Arc<IndonesianStemmer>) -> Side {
    let analyzed: Vec<Vec<(String, String)>> = texts
        .par_chunks(2048)
        .flat_map_iter(|chunk| {
            let mut analyzer = Analyzer::with_roots(language, stemmer.clone());
            chunk
                .iter()
                .map(|t| {
                    analyzer
                        .terms(t)
                        .into_iter()
                        .filter(|t| t.class != TermClass::Number)
                        .map(|t| (t.key, t.form))
                        .collect()
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let mut index: HashMap<String, u32> = HashMap::new();
    let mut form_counts: Vec<HashMap<String, u32>> = Vec::new();
    let mut passages = Vec::with_capacity(analyzed.len());
    for terms in analyzed {
        let mut ids: Vec<u32> = terms
            .into_iter()
            .map(|(key, form)| {
                let next = index.len() as u32;
                let id = *index.entry(key).or_insert(next);
                if id as usize == form_counts.len() {
                    form_counts.push(HashMap::new());
                }
                *form_counts[id as usize].entry(form).or_default() += 1;
                id
            })
            .collect();
        ids.sort_unstable();
        ids.dedup();
        passages.push(ids);
    }
    let mut counts = vec![0u32; form_counts.len()];
    for &t in passages.iter().flatten() {
        counts[t as usize] += 1;
    }
    let forms = form_counts
        .into_iter()
        .map(|f| {
            f.into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .map(|(form, _)| form)
                .unwrap_or_default()
        })
        .collect();
    Side {
        passages,
        forms,
        counts,
    }
}

/// Dunning's log-likelihood ratio of a 2x2 contingency table; 0 for negative association.
fn llr(together: f64, en: f64, id: f64, n: f64) -> f64 {
    let k = [
        together,
        en - together,
        id - together,
        n - en - id + together,
    ];
    let expected = [
        en * id / n,
        en * (n - id) / n,
        (n - en) * id / n,
        (n - en) * (n - id) / n,
    ];
    if together <= expected[0] {
        return 0.0;
    }
    2.0 * k
        .iter()
        .zip(expected)
        .filter(|(k, _)| **k > 0.0)
        .map(|(k, e)| k * (k / e).ln())
        .sum::<f64>()
}

/// Learns English–Indonesian word pairs from aligned passage pairs, stemming the Indonesian
/// side with `stemmer`.
pub fn learn(
    pairs: &[(impl AsRef<str> + Sync, impl AsRef<str> + Sync)],
    settings: &LearningSettings,
    stemmer: &Arc<IndonesianStemmer>,
) -> Vec<LearnedPair> {
    let en_texts: Vec<&str> = pairs.iter().map(|p| p.0.as_ref()).collect();
    let id_texts: Vec<&str> = pairs.iter().map(|p| p.1.as_ref()).collect();
    let (en, id) = rayon::join(
        || analyze_side(&en_texts, Language::English, stemmer),
        || analyze_side(&id_texts, Language::Indonesian, stemmer),
    );
    let mut together: HashMap<(u32, u32), u32> = HashMap::new();
    for (e, f) in en.passages.iter().zip(&id.passages) {
        for &a in e {
            for &b in f {
                *together.entry((a, b)).or_default() += 1;
            }
        }
    }
    let n = pairs.len() as f64;
    let score = |a: u32, b: u32| {
        let t = together.get(&(a, b)).copied().unwrap_or(0) as f64;
        llr(
            t,
            en.counts[a as usize] as f64,
            id.counts[b as usize] as f64,
            n,
        )
    };
    let links: HashMap<(u32, u32), u32> = en
        .passages
        .par_iter()
        .zip(&id.passages)
        .fold(HashMap::new, |mut acc: HashMap<(u32, u32), u32>, (e, f)| {
            for link in competitive_links(e, f, score, settings.min_llr) {
                *acc.entry(link).or_default() += 1;
            }
            acc
        })
        .reduce(HashMap::new, |mut a, b| {
            for (k, v) in b {
                *a.entry(k).or_default() += v;
            }
            a
        });
    let mut out: Vec<LearnedPair> = links
        .into_iter()
        .filter(|&(_, l)| l >= settings.min_links)
        .map(|((a, b), l)| {
            let rarer = en.counts[a as usize].min(id.counts[b as usize]);
            LearnedPair {
                en: en.forms[a as usize].clone(),
                id: id.forms[b as usize].clone(),
                links: l,
                together: together[&(a, b)],
                strength: l as f64 / rarer.max(1) as f64,
            }
        })
        .filter(|p| p.strength >= settings.min_strength)
        .collect();
    // Different keys can share a display form ("Error" the name, "error" the word).
    out.sort_by(|a, b| {
        (&a.en, &a.id)
            .cmp(&(&b.en, &b.id))
            .then(b.links.cmp(&a.links))
    });
    out.dedup_by(|b, a| a.en == b.en && a.id == b.id);
    out
}

/// Greedy one-to-one linking of the words of one passage pair, strongest association first.
fn competitive_links(
    en: &[u32],
    id: &[u32],
    score: impl Fn(u32, u32) -> f64,
    min_llr: f64,
) -> Vec<(u32, u32)> {
    let mut candidates: Vec<(f64, u32, u32)> = en
        .iter()
        .flat_map(|&a| id.iter().map(move |&b| (a, b)))
        .map(|(a, b)| (score(a, b), a, b))
        .filter(|c| c.0 > min_llr)
        .collect();
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    let (mut used_en, mut used_id) = (Vec::new(), Vec::new());
    let mut out = Vec::new();
    for (_, a, b) in candidates {
        if !used_en.contains(&a) && !used_id.contains(&b) {
            used_en.push(a);
            used_id.push(b);
            out.push((a, b));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_pairs_that_keep_occurring_together() {
        let pairs = [
            ("Open the file", "Buka berkas"),
            ("Save the file", "Simpan berkas"),
            ("Close the file", "Tutup berkas"),
            ("Open the window", "Buka jendela"),
            ("Close the window", "Tutup jendela"),
            ("Save the window layout", "Simpan tata letak jendela"),
            ("Print the page", "Cetak halaman"),
            ("Print the file", "Cetak berkas"),
            ("Delete the page", "Hapus halaman"),
            ("Delete the file", "Hapus berkas"),
        ];
        let learned = learn(
            &pairs,
            &LearningSettings {
                min_strength: 0.5,
                ..LearningSettings::default()
            },
            &IndonesianStemmer::shipped(),
        );
        let has = |e: &str, i: &str| learned.iter().any(|p| p.en == e && p.id == i);
        assert!(has("file", "berkas"), "{learned:?}");
        assert!(has("window", "jendela"), "{learned:?}");
        assert!(!has("file", "jendela"));
    }
}
