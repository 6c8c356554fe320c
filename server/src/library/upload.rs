//! Reading a practice posted as `multipart/form-data`, from the form page
//! or the API. The file is read as it streams in: at most one byte past the
//! 3 MB limit is kept (enough for the size check to refuse it), the rest is
//! read and dropped so the fields after it still arrive and the browser gets
//! its answer. Text fields are capped too; validation then names them. A body
//! past `UPLOAD_BODY_LIMIT` is cut off: a file being read is then too large.

use app::library::{files::MAX_FILE_BYTES, model::PracticeForm, service::Upload};
use axum::extract::{multipart::Field, Multipart};

/// The largest request body on upload routes. Beyond it reading stops; the
/// file is refused as too large with what had arrived of the form.
pub const UPLOAD_BODY_LIMIT: usize = 32 * 1024 * 1024;
/// More than any text field may hold (validation refuses long ones).
const TEXT_FIELD_LIMIT: usize = 256 * 1024;
/// More themes than the list will ever have; further ones are dropped.
pub const THEMES_LIMIT: usize = 100;

/// What was posted: the form's fields and the file, if one was chosen.
#[derive(Debug, Default)]
pub struct Posted {
    pub form: PracticeForm,
    pub upload: Option<Upload>,
    /// The body broke off before its end (and not because the file was too
    /// large): what arrived must not be taken as the whole submission.
    pub incomplete: bool,
}

/// Reads every field until the body ends or breaks off.
pub async fn read(mut multipart: Multipart) -> Posted {
    let mut posted = Posted::default();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(error) => {
                tracing::info!(%error, "upload body ended early");
                posted.incomplete = true;
                break;
            }
        };
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            let file_name = field.file_name().unwrap_or_default().to_owned();
            let (content, whole) = read_capped(field, MAX_FILE_BYTES + 1).await;
            let too_large = content.len() > MAX_FILE_BYTES;
            if !whole && !too_large {
                posted.incomplete = true;
                break;
            }
            if !(file_name.is_empty() && content.is_empty()) {
                posted.upload = Some(Upload {
                    name: file_name,
                    content,
                });
            }
            if !whole {
                break;
            }
            continue;
        }
        let (bytes, whole) = read_capped(field, TEXT_FIELD_LIMIT).await;
        if !whole {
            posted.incomplete = true;
            break;
        }
        let value = String::from_utf8_lossy(&bytes).into_owned();
        let form = &mut posted.form;
        match name.as_str() {
            "title" => form.title = value,
            "summary" => form.summary = value,
            "description" => form.description = value,
            "organisation" => form.organisation = value,
            "country" => form.country = value,
            "themes[]" | "themes" if form.themes.len() < THEMES_LIMIT => form.themes.push(value),
            "event" => form.event = value,
            "contact_name" => form.contact_name = value,
            "contact_email" => form.contact_email = value,
            "contact_public" => form.contact_public = Some(value),
            "licence" => form.licence = value,
            _ => {}
        }
    }
    posted
}

/// The field's bytes up to `cap` (the rest is read and dropped), and
/// whether the field arrived whole.
async fn read_capped(mut field: Field<'_>, cap: usize) -> (Vec<u8>, bool) {
    let mut kept = Vec::new();
    loop {
        match field.chunk().await {
            Ok(Some(chunk)) => {
                let room = cap.saturating_sub(kept.len());
                kept.extend_from_slice(&chunk[..chunk.len().min(room)]);
            }
            Ok(None) => return (kept, true),
            Err(error) => {
                tracing::info!(%error, "upload field ended early");
                return (kept, false);
            }
        }
    }
}
