//! The lexicon's entries in flat arrays: every key in one string, an entry a fixed-size record
//! of offsets into it, and each side's first key in a sorted hash array. Nothing in it is a
//! separate allocation, so the compiled file (see compiled.rs) loads by copying arrays, not
//! by building 300,000 strings and a hash map, and a process starts in milliseconds.

use crate::model::LinkKind;
use std::collections::HashMap;

/// One lexicon pair, as analysis keys of both sides (several keys make a phrase).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Entry<'a> {
    pub en: Keys<'a>,
    pub id: Keys<'a>,
    /// Where the pair comes from, for the evidence of a link.
    pub source: &'static str,
    /// A dictionary pair, or one learned from aligned text.
    pub kind: LinkKind,
    /// How much the pair is trusted, 0..1 (a learned pair's strength; 1 for dictionaries).
    pub strength: f32,
    /// How many entries of its source share its English side, or its Indonesian side
    /// (the larger): its word's number of senses there.
    pub senses: u32,
}

/// A side's analysis keys as stored: one word, or the words of a phrase separated by spaces
/// (an analysis key never holds one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Keys<'a>(&'a str);

impl<'a> Keys<'a> {
    pub fn iter(self) -> impl Iterator<Item = &'a str> {
        self.0.split(' ')
    }

    pub fn first(self) -> &'a str {
        self.iter().next().unwrap_or_default()
    }

    /// The key of a one-word side.
    pub fn single(self) -> Option<&'a str> {
        (!self.0.contains(' ')).then_some(self.0)
    }

    /// Whether these are exactly `keys`.
    pub fn equals(self, keys: &[String]) -> bool {
        self.iter().eq(keys.iter().map(String::as_str))
    }
}

/// An entry as stored: its keys as offsets into the table's text (the English side, then
/// the Indonesian right after it), its source as a place in the table's sources.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Record {
    start: u32,
    en_len: u16,
    id_len: u16,
    strength: f32,
    senses: u32,
    source: u8,
    kind: LinkKind,
}

/// The entries, and both sides' first keys in order of their hashes.
#[derive(Debug, Clone, Default)]
pub(crate) struct Table {
    text: String,
    records: Vec<Record>,
    sources: Vec<&'static str>,
    /// (hash of the English side's first key, entry), sorted.
    by_first_en: Vec<(u64, u32)>,
    /// The same for the Indonesian side.
    by_first_id: Vec<(u64, u32)>,
}

/// Which side of the entries.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Side {
    English,
    Indonesian,
}

impl Table {
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn entry(&self, k: u32) -> Entry<'_> {
        let r = &self.records[k as usize];
        let start = r.start as usize;
        let middle = start + usize::from(r.en_len);
        Entry {
            en: Keys(&self.text[start..middle]),
            id: Keys(&self.text[middle..middle + usize::from(r.id_len)]),
            source: self.sources[usize::from(r.source)],
            kind: r.kind,
            strength: r.strength,
            senses: r.senses,
        }
    }

    #[cfg(test)]
    pub fn entries(&self) -> impl Iterator<Item = Entry<'_>> {
        (0..self.records.len() as u32).map(|k| self.entry(k))
    }

    /// The entries whose `side` begins with `key`, in lexicon order.
    pub fn starting_with<'a>(&'a self, side: Side, key: &'a str) -> impl Iterator<Item = u32> + 'a {
        let index = match side {
            Side::English => &self.by_first_en,
            Side::Indonesian => &self.by_first_id,
        };
        let hash = crate::fnv::hash(key.as_bytes());
        let from = index.partition_point(|&(h, _)| h < hash);
        index[from..]
            .iter()
            .take_while(move |&&(h, _)| h == hash)
            .map(|&(_, k)| k)
            .filter(move |&k| {
                let entry = self.entry(k);
                let keys = match side {
                    Side::English => entry.en,
                    Side::Indonesian => entry.id,
                };
                keys.first() == key
            })
    }

    /// Adds pairs of one source (`english keys`, `indonesian keys`, kind, strength), each
    /// side's keys non-empty and without spaces, with their senses counted among themselves.
    pub fn add(
        &mut self,
        source: &'static str,
        pairs: Vec<(Vec<String>, Vec<String>, LinkKind, f32)>,
    ) {
        let source = match self.sources.iter().position(|&s| s == source) {
            Some(s) => s,
            None => {
                self.sources.push(source);
                self.sources.len() - 1
            }
        };
        let first = self.records.len();
        let storable = |keys: &Vec<String>| {
            !keys.is_empty()
                && keys.iter().all(|k| !k.is_empty() && !k.contains(' '))
                && keys.iter().map(|k| k.len() + 1).sum::<usize>() <= usize::from(u16::MAX)
        };
        for (en, id, kind, strength) in pairs {
            if !storable(&en) || !storable(&id) {
                continue;
            }
            let start = self.text.len();
            self.text.push_str(&en.join(" "));
            let en_len = self.text.len() - start;
            self.text.push_str(&id.join(" "));
            let id_len = self.text.len() - start - en_len;
            self.records.push(Record {
                start: start as u32,
                en_len: en_len as u16,
                id_len: id_len as u16,
                strength,
                senses: 1,
                source: source as u8,
                kind,
            });
        }
        self.count_senses(first);
        self.index(first);
    }

    /// The senses of the entries from `first` on, counted among themselves (one source).
    fn count_senses(&mut self, first: usize) {
        let mut en: HashMap<Keys, u32> = HashMap::new();
        let mut id: HashMap<Keys, u32> = HashMap::new();
        for k in first..self.records.len() {
            let entry = self.entry(k as u32);
            *en.entry(entry.en).or_default() += 1;
            *id.entry(entry.id).or_default() += 1;
        }
        let senses: Vec<u32> = (first..self.records.len())
            .map(|k| {
                let entry = self.entry(k as u32);
                en[&entry.en].max(id[&entry.id])
            })
            .collect();
        for (record, n) in self.records[first..].iter_mut().zip(senses) {
            record.senses = n;
        }
    }

    /// Adds the entries from `first` on to both first-key indexes.
    fn index(&mut self, first: usize) {
        let hashes: Vec<(u64, u64)> = (first..self.records.len())
            .map(|k| {
                let entry = self.entry(k as u32);
                let hash = |keys: Keys| crate::fnv::hash(keys.first().as_bytes());
                (hash(entry.en), hash(entry.id))
            })
            .collect();
        for (k, (en, id)) in (first as u32..).zip(hashes) {
            self.by_first_en.push((en, k));
            self.by_first_id.push((id, k));
        }
        self.by_first_en.sort_unstable();
        self.by_first_id.sort_unstable();
    }

    /// The table as bytes; `sources` names what each entry's source index means.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(
            MAGIC.len() + 12 + self.text.len() + self.records.len() * (RECORD + 2 * INDEX),
        );
        out.extend_from_slice(MAGIC);
        for n in [self.text.len(), self.records.len(), self.sources.len()] {
            out.extend_from_slice(&(n as u32).to_le_bytes());
        }
        out.extend_from_slice(self.text.as_bytes());
        for r in &self.records {
            out.extend_from_slice(&r.start.to_le_bytes());
            out.extend_from_slice(&r.en_len.to_le_bytes());
            out.extend_from_slice(&r.id_len.to_le_bytes());
            out.extend_from_slice(&r.strength.to_le_bytes());
            out.extend_from_slice(&r.senses.to_le_bytes());
            out.push(r.source);
            out.push(kind_code(r.kind));
        }
        for index in [&self.by_first_en, &self.by_first_id] {
            for &(hash, k) in index {
                out.extend_from_slice(&hash.to_le_bytes());
                out.extend_from_slice(&k.to_le_bytes());
            }
        }
        out
    }

    /// The table `encode` wrote, with its source names, if the bytes hold a whole, consistent
    /// one.
    pub fn decode(bytes: &[u8], sources: &[&'static str]) -> Option<Table> {
        let mut reader = Reader(bytes.strip_prefix(MAGIC)?);
        let (text_len, len, source_count) = (reader.u32()?, reader.u32()?, reader.u32()?);
        if source_count as usize > sources.len() {
            return None;
        }
        let text = String::from_utf8(reader.take(text_len as usize)?.to_vec()).ok()?;
        let records = reader
            .take(len as usize * RECORD)?
            .chunks_exact(RECORD)
            .map(|bytes| {
                let mut field = Reader(bytes);
                let record = Record {
                    start: field.u32()?,
                    en_len: field.u16()?,
                    id_len: field.u16()?,
                    strength: f32::from_bits(field.u32()?),
                    senses: field.u32()?,
                    source: field.u8()?,
                    kind: kind_from_code(field.u8()?)?,
                };
                let start = record.start as usize;
                let middle = start + usize::from(record.en_len);
                let end = middle + usize::from(record.id_len);
                let inside = end <= text.len()
                    && [start, middle, end]
                        .iter()
                        .all(|&at| text.is_char_boundary(at));
                (inside && u32::from(record.source) < source_count).then_some(record)
            })
            .collect::<Option<Vec<Record>>>()?;
        let mut index = || -> Option<Vec<(u64, u32)>> {
            let index: Vec<(u64, u32)> = reader
                .take(len as usize * INDEX)?
                .chunks_exact(INDEX)
                .map(|bytes| {
                    let (hash, k) = bytes.split_at(8);
                    (
                        u64::from_le_bytes(hash.try_into().unwrap_or_default()),
                        u32::from_le_bytes(k.try_into().unwrap_or_default()),
                    )
                })
                .collect();
            (index.is_sorted() && index.iter().all(|&(_, k)| k < len)).then_some(index)
        };
        let (by_first_en, by_first_id) = (index()?, index()?);
        reader.0.is_empty().then_some(Table {
            text,
            records,
            sources: sources[..source_count as usize].to_vec(),
            by_first_en,
            by_first_id,
        })
    }
}

/// What a compiled file starts with (the version of the layout in it).
const MAGIC: &[u8] = b"selaras lexicon 2\n";

/// Bytes of a record and of an index entry.
const RECORD: usize = 18;
const INDEX: usize = 12;

fn kind_code(kind: LinkKind) -> u8 {
    match kind {
        LinkKind::Learned => 1,
        _ => 0,
    }
}

fn kind_from_code(code: u8) -> Option<LinkKind> {
    match code {
        0 => Some(LinkKind::Lexicon),
        1 => Some(LinkKind::Learned),
        _ => None,
    }
}

/// Little-endian numbers from the front of a byte slice.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = self.0.split_at_checked(n)?;
        self.0 = rest;
        Some(head)
    }

    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N)?.try_into().ok()
    }

    fn u8(&mut self) -> Option<u8> {
        Some(self.array::<1>()?[0])
    }

    fn u16(&mut self) -> Option<u16> {
        Some(u16::from_le_bytes(self.array()?))
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.array()?))
    }
}
