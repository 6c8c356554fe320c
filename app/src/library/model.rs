//! What the library's pages, API and services exchange.

use serde::{Deserialize, Serialize};

/// The licences a practice may be shared under; the first is the default.
pub const LICENCES: [&str; 4] = ["cc-by-4.0", "cc-by-sa-4.0", "cc-by-nc-4.0", "cc0-1.0"];

/// What a submitter fills in (the file travels beside it). Checked by
/// `validation::validate`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticeForm {
    pub title: String,
    pub summary: String,
    /// Markdown.
    pub description: String,
    pub organisation: String,
    /// ISO 3166-1 alpha-2 code.
    pub country: String,
    /// Theme codes; ticked boxes of `themes[]`.
    #[serde(default)]
    pub themes: Vec<String>,
    /// The slug of the event it relates to, or empty.
    #[serde(default)]
    pub event: String,
    pub contact_name: String,
    /// Where the link to follow and edit the submission goes.
    pub contact_email: String,
    /// A ticked box: the contact details may be published.
    #[serde(default)]
    pub contact_public: Option<String>,
    /// One of `LICENCES`; empty means the default.
    #[serde(default)]
    pub licence: String,
}
