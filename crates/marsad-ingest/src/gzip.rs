//! Gzip files checked member by member before they are read.
//!
//! A gzip member's checksum is known only at its end, so a reader that streams a damaged
//! member hands on altered text before it can tell; and after a truncated member, whatever
//! follows is read as the rest of it, so every later member is lost too. [`survey`] inflates
//! a file once, keeping nothing but the length of each member, and finds the next member
//! after a damaged one by its header; [`GoodMembers`] then reads only the members that
//! inflated whole with a right checksum.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};

/// One stretch of the file: a member, or bytes that are not one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// First byte in the file.
    pub start: u64,
    /// One past the last byte.
    pub end: u64,
    /// What is wrong with it; `None` for a member that inflated whole with a right checksum.
    pub error: Option<String>,
    /// The file ends inside this member: what it inflates to before the end is the file's
    /// own text (nothing was altered, only cut), so it is read, and the reader then reports
    /// the cut where it meets it.
    pub cut_at_end: bool,
}

impl Member {
    /// Whether its text is read.
    pub fn readable(&self) -> bool {
        self.error.is_none() || self.cut_at_end
    }
}

const MAGIC: [u8; 3] = [0x1f, 0x8b, 0x08];

/// A reader that knows how many bytes it has handed on.
struct Pos<R> {
    inner: R,
    at: u64,
}

impl<R: Read> Read for Pos<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let k = self.inner.read(buf)?;
        self.at += k as u64;
        Ok(k)
    }
}

/// The members of a gzip file, in order, damaged ones and stray bytes included.
pub fn survey(f: &mut File) -> io::Result<Vec<Member>> {
    let len = f.metadata()?.len();
    let mut out = Vec::new();
    let mut at = 0u64;
    while at < len {
        f.seek(SeekFrom::Start(at))?;
        let mut br = BufReader::with_capacity(1 << 16, Pos { inner: &mut *f, at });
        let head = br.fill_buf()?;
        if !head.starts_with(&MAGIC) {
            let next = next_header(f, at + 1, len)?;
            out.push(Member {
                start: at,
                end: next,
                error: Some("is not gzip data".into()),
                cut_at_end: false,
            });
            at = next;
            continue;
        }
        let mut dec = flate2::bufread::GzDecoder::new(&mut br);
        let res = io::copy(&mut dec, &mut io::sink());
        drop(dec);
        match res {
            Ok(_) => {
                // the member ends where the decoder stopped taking bytes
                let end = br.get_ref().at - br.buffer().len() as u64;
                out.push(Member {
                    start: at,
                    end,
                    error: None,
                    cut_at_end: false,
                });
                at = end.max(at + 1);
            }
            Err(e) => {
                drop(br);
                let next = next_header(f, at + 1, len)?;
                let why = match e.kind() {
                    io::ErrorKind::UnexpectedEof => "is cut short".to_string(),
                    _ if e.to_string().contains("checksum") || e.to_string().contains("crc") => {
                        "fails its checksum: it is damaged or cut short".to_string()
                    }
                    _ => format!("does not inflate ({e}): it is damaged or cut short"),
                };
                let cut_at_end = e.kind() == io::ErrorKind::UnexpectedEof && next == len;
                out.push(Member {
                    start: at,
                    end: next,
                    error: Some(why),
                    cut_at_end,
                });
                at = next;
            }
        }
    }
    Ok(out)
}

/// The offset of the next gzip member header at or after `from`, or `len`.
fn next_header(f: &mut File, from: u64, len: u64) -> io::Result<u64> {
    f.seek(SeekFrom::Start(from))?;
    let mut br = BufReader::with_capacity(1 << 16, &mut *f);
    let mut at = from;
    // the last two bytes of the block before, for a header cut by a block's edge
    let mut carry: Vec<u8> = Vec::new();
    loop {
        let buf = br.fill_buf()?;
        if buf.is_empty() {
            return Ok(len);
        }
        let mut look = carry.clone();
        look.extend_from_slice(buf);
        if let Some(k) = look.windows(3).position(|w| w == MAGIC) {
            return Ok(at - carry.len() as u64 + k as u64);
        }
        let n = buf.len();
        carry = look[look.len().saturating_sub(2)..].to_vec();
        br.consume(n);
        at += n as u64;
    }
}

/// Reads the inflated text of the good members of a surveyed file, one after another.
pub struct GoodMembers<W> {
    f: File,
    members: std::vec::IntoIter<Member>,
    cur: Option<flate2::bufread::GzDecoder<BufReader<io::Take<W>>>>,
    /// Wraps each member's compressed bytes (to count them for a progress bar).
    wrap: Box<dyn Fn(File) -> W + Send>,
}

impl<W: Read> GoodMembers<W> {
    /// Read the good `members` of `f`; `wrap` sees their compressed bytes.
    pub fn new(f: File, members: Vec<Member>, wrap: Box<dyn Fn(File) -> W + Send>) -> Self {
        let good: Vec<Member> = members.into_iter().filter(Member::readable).collect();
        GoodMembers {
            f,
            members: good.into_iter(),
            cur: None,
            wrap,
        }
    }
}

impl<W: Read> Read for GoodMembers<W> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            if self.cur.is_none() {
                let Some(m) = self.members.next() else {
                    return Ok(0);
                };
                let mut f = self.f.try_clone()?;
                f.seek(SeekFrom::Start(m.start))?;
                self.cur = Some(flate2::bufread::GzDecoder::new(BufReader::new(
                    (self.wrap)(f).take(m.end - m.start),
                )));
            }
            let n = self
                .cur
                .as_mut()
                .map(|d| d.read(buf))
                .transpose()?
                .unwrap_or(0);
            if n > 0 || buf.is_empty() {
                return Ok(n);
            }
            self.cur = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gz(text: &str) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(text.as_bytes()).unwrap();
        e.finish().unwrap()
    }

    fn file(bytes: &[u8]) -> (tempfile::NamedTempFile, File) {
        let mut t = tempfile::NamedTempFile::new().unwrap();
        t.write_all(bytes).unwrap();
        let f = File::open(t.path()).unwrap();
        (t, f)
    }

    fn read_good(bytes: &[u8]) -> (Vec<Member>, String) {
        let (_t, mut f) = file(bytes);
        let ms = survey(&mut f).unwrap();
        let mut s = String::new();
        GoodMembers::new(f, ms.clone(), Box::new(|f| f))
            .read_to_string(&mut s)
            .unwrap();
        (ms, s)
    }

    #[test]
    fn whole_members_are_read_as_they_are() {
        let mut b = gz("سطر أول\n");
        b.extend(gz("سطر ثان\n"));
        let (ms, s) = read_good(&b);
        assert_eq!(ms.len(), 2);
        assert!(ms.iter().all(|m| m.error.is_none()));
        assert_eq!(s, "سطر أول\nسطر ثان\n");
    }

    /// One flipped byte in a member: its lines were stored with altered characters and
    /// counted new, and the checksum error came only at the end. The member is now named as
    /// damaged and none of its text read; the members around it are.
    #[test]
    fn a_member_with_a_flipped_byte_is_not_read_and_the_others_are() {
        let (a, mut b, c) = (
            gz("الأول\n"),
            gz(&"نص الثاني يتكرر هنا مرات عديدة\n".repeat(20)),
            gz("الثالث\n"),
        );
        let mid = b.len() / 2;
        b[mid] ^= 0x01;
        let all = [a.clone(), b.clone(), c.clone()].concat();
        let (ms, s) = read_good(&all);
        assert_eq!(ms.iter().filter(|m| m.error.is_some()).count(), 1, "{ms:?}");
        assert!(ms[1].error.is_some());
        assert_eq!(s, "الأول\nالثالث\n");
    }

    /// A member cut short in the middle of a file: everything after it was read as its rest,
    /// so all later members were lost with one error. The next member is found by its header.
    #[test]
    fn after_a_truncated_member_the_next_members_are_read() {
        let (a, b, c) = (gz("الأول\n"), gz(&"نص الثاني\n".repeat(50)), gz("الثالث\n"));
        let all = [a.clone(), b[..b.len() / 2].to_vec(), c.clone()].concat();
        let (ms, s) = read_good(&all);
        assert_eq!(s, "الأول\nالثالث\n", "{ms:?}");
        assert!(ms.iter().any(|m| m.error.is_some()));
        // a file cut at its end: what it gives before the cut is read, then the cut reported
        let (_t, mut f) = file(&[a.clone(), b[..b.len() - 5].to_vec()].concat());
        let ms = survey(&mut f).unwrap();
        assert!(ms.last().unwrap().cut_at_end && ms.last().unwrap().readable());
        let mut got = Vec::new();
        let err = GoodMembers::new(f, ms, Box::new(|f| f))
            .read_to_end(&mut got)
            .unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::UnexpectedEof);
        assert!(String::from_utf8_lossy(&got).starts_with("الأول\nنص الثاني\n"));
    }
}
