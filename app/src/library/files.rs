//! Files attached to practices: the type is decided from the content (the
//! name and the declared type are ignored), a file must be whole, and each
//! is stored once under `DATA_DIR/files/` by the SHA-256 of its content.

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The largest file accepted: 3 MB (3 × 1024 × 1024 bytes).
pub const MAX_FILE_BYTES: usize = 3 * 1024 * 1024;

/// The kinds of file the library takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Pdf,
    Docx,
    Pptx,
    Odt,
    Odp,
    Png,
    Jpeg,
}

impl FileKind {
    pub fn media_type(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            FileKind::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
            FileKind::Odt => "application/vnd.oasis.opendocument.text",
            FileKind::Odp => "application/vnd.oasis.opendocument.presentation",
            FileKind::Png => "image/png",
            FileKind::Jpeg => "image/jpeg",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            FileKind::Pdf => "pdf",
            FileKind::Docx => "docx",
            FileKind::Pptx => "pptx",
            FileKind::Odt => "odt",
            FileKind::Odp => "odp",
            FileKind::Png => "png",
            FileKind::Jpeg => "jpg",
        }
    }

    fn from_media_type(media_type: &str) -> Option<FileKind> {
        [
            FileKind::Pdf,
            FileKind::Docx,
            FileKind::Pptx,
            FileKind::Odt,
            FileKind::Odp,
            FileKind::Png,
            FileKind::Jpeg,
        ]
        .into_iter()
        .find(|kind| kind.media_type() == media_type)
    }

    /// Whether the content ends as a whole file of this kind ends: a cut-off
    /// upload or a damaged file is refused rather than published.
    fn is_whole(self, content: &[u8]) -> bool {
        let tail = |n: usize| &content[content.len().saturating_sub(n)..];
        match self {
            FileKind::Pdf => contains(tail(1024), b"%%EOF"),
            FileKind::Png => tail(12).starts_with(&[0, 0, 0, 0, b'I', b'E', b'N', b'D']),
            FileKind::Jpeg => contains(tail(16), &[0xFF, 0xD9]),
            // Office and OpenDocument files are ZIP archives, whose last
            // record (the end of the central directory) closes the file.
            FileKind::Docx | FileKind::Pptx | FileKind::Odt | FileKind::Odp => {
                contains(tail(22 + 0xFFFF), b"PK\x05\x06")
            }
        }
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

/// Why a file is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileRefusal {
    TooLarge,
    /// Not one of the kinds taken, or not a whole file of its kind.
    WrongType,
    Empty,
}

impl FileRefusal {
    pub fn key(self) -> &'static str {
        match self {
            FileRefusal::TooLarge => "error-file-too-large",
            FileRefusal::WrongType => "error-file-type",
            FileRefusal::Empty => "error-file-empty",
        }
    }
}

/// The kind of a file from its content alone.
pub fn sniff(content: &[u8]) -> Result<FileKind, FileRefusal> {
    if content.is_empty() {
        return Err(FileRefusal::Empty);
    }
    if content.len() > MAX_FILE_BYTES {
        return Err(FileRefusal::TooLarge);
    }
    infer::get(content)
        .and_then(|found| FileKind::from_media_type(found.mime_type()))
        .filter(|kind| kind.is_whole(content))
        .ok_or(FileRefusal::WrongType)
}

/// The SHA-256 of the content, in hex: the file's name in the store.
pub fn content_hash(content: &[u8]) -> String {
    Sha256::digest(content)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Where a file with this hash lives: `files/ab/abcdef…`, so that no folder
/// grows too large.
pub fn stored_path(data_dir: &Path, hash: &str) -> PathBuf {
    let fan_out = hash.get(..2).unwrap_or("00");
    data_dir.join("files").join(fan_out).join(hash)
}

/// Stores the content under its hash unless it is there already. The file
/// is written aside and renamed into place, so a crash never leaves half a
/// file under a good name.
pub async fn store(data_dir: &Path, content: &[u8]) -> std::io::Result<String> {
    let hash = content_hash(content);
    let path = stored_path(data_dir, &hash);
    if tokio::fs::try_exists(&path).await? {
        return Ok(hash);
    }
    let folder = path.parent().unwrap_or(data_dir);
    tokio::fs::create_dir_all(folder).await?;
    let aside = folder.join(format!(".{hash}.{}", uuid::Uuid::new_v4()));
    tokio::fs::write(&aside, content).await?;
    let file = tokio::fs::File::open(&aside).await?;
    file.sync_all().await?;
    tokio::fs::rename(&aside, &path).await?;
    Ok(hash)
}

/// A file name safe to offer in a download: the submitter's name without
/// folders or odd characters, with the extension of its real kind.
pub fn download_name(original: &str, kind: FileKind) -> String {
    let stem = Path::new(original)
        .file_stem()
        .and_then(|stem| stem.to_str())
        .unwrap_or("practice");
    let cleaned: String = stem
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ' ') {
                c
            } else {
                '_'
            }
        })
        .take(80)
        .collect();
    let cleaned = cleaned.trim();
    let stem = if cleaned.is_empty() {
        "practice"
    } else {
        cleaned
    };
    format!("{stem}.{}", kind.extension())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PDF: &[u8] =
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

    #[test]
    fn a_whole_pdf_is_a_pdf() {
        assert_eq!(sniff(PDF), Ok(FileKind::Pdf));
    }

    #[test]
    fn a_truncated_pdf_is_refused() {
        assert_eq!(sniff(&PDF[..40]), Err(FileRefusal::WrongType));
    }

    #[test]
    fn html_named_pdf_and_programs_are_refused() {
        assert_eq!(
            sniff(b"<!DOCTYPE html><html><script>alert(1)</script></html>"),
            Err(FileRefusal::WrongType)
        );
        let mut program = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff".to_vec();
        program.resize(512, 0);
        assert_eq!(sniff(&program), Err(FileRefusal::WrongType));
        assert_eq!(
            sniff(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00"),
            Err(FileRefusal::WrongType)
        );
    }

    #[test]
    fn the_size_limit_is_exact() {
        let mut at_limit = PDF.to_vec();
        let padding = MAX_FILE_BYTES - at_limit.len();
        at_limit.splice(9..9, std::iter::repeat_n(b' ', padding));
        assert_eq!(at_limit.len(), MAX_FILE_BYTES);
        assert_eq!(sniff(&at_limit), Ok(FileKind::Pdf));
        at_limit.insert(9, b' ');
        assert_eq!(sniff(&at_limit), Err(FileRefusal::TooLarge));
        assert_eq!(sniff(b""), Err(FileRefusal::Empty));
    }

    #[test]
    fn download_names_keep_no_folders_and_take_the_real_extension() {
        assert_eq!(
            download_name("../../etc/passwd", FileKind::Pdf),
            "passwd.pdf"
        );
        assert_eq!(
            download_name("Résident app\"; x.exe", FileKind::Png),
            "Résident app__ x.png"
        );
        assert_eq!(download_name("", FileKind::Jpeg), "practice.jpg");
    }

    #[test]
    fn the_same_content_has_the_same_name() {
        assert_eq!(content_hash(PDF), content_hash(PDF));
        assert_eq!(content_hash(b"abc").len(), 64);
    }
}
