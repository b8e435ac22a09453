//! A 64-bit FNV-1a hash: the same in every build and on every machine (the standard
//! library's is not promised to be), for what is written to disk (a resumable run's journal)
//! and for short keys hashed on a hot path.

/// A hash being built.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    pub(crate) fn add(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    pub(crate) fn finish(self) -> u64 {
        self.0
    }
}

/// The hash of some bytes.
pub(crate) fn hash(bytes: &[u8]) -> u64 {
    let mut fnv = Fnv::default();
    fnv.add(bytes);
    fnv.finish()
}
