//! What the library's pages, API and services exchange.

use super::rules::{Review, Step};
use serde::{Deserialize, Serialize};

/// A licence a practice may be shared under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Licence {
    pub code: &'static str,
    /// The licence's own name, the same in every language.
    pub name: &'static str,
    /// Where its terms are.
    pub url: &'static str,
}

/// The licences on offer; the first is the default.
pub const LICENCES: [Licence; 4] = [
    Licence {
        code: "cc-by-4.0",
        name: "CC BY 4.0",
        url: "https://creativecommons.org/licenses/by/4.0/",
    },
    Licence {
        code: "cc-by-sa-4.0",
        name: "CC BY-SA 4.0",
        url: "https://creativecommons.org/licenses/by-sa/4.0/",
    },
    Licence {
        code: "cc-by-nc-4.0",
        name: "CC BY-NC 4.0",
        url: "https://creativecommons.org/licenses/by-nc/4.0/",
    },
    Licence {
        code: "cc0-1.0",
        name: "CC0 1.0",
        url: "https://creativecommons.org/publicdomain/zero/1.0/",
    },
];

/// The licence with this code.
pub fn licence(code: &str) -> Option<Licence> {
    LICENCES.into_iter().find(|licence| licence.code == code)
}

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

/// A theme as offered in forms and filters.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ThemeView {
    pub code: String,
    /// The organizers' name.
    pub name: String,
    /// Still the name the platform came with, so pages show its translation.
    pub translated: bool,
}

/// An event a practice may relate to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct EventRef {
    pub slug: String,
    pub title: String,
}

/// What the submission form offers to choose from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormChoices {
    pub themes: Vec<ThemeView>,
    pub events: Vec<EventRef>,
}

/// The downloadable file of a practice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct FileView {
    pub name: String,
    pub media_type: String,
    pub size: i64,
    /// Where to download it, relative to the site.
    pub url: String,
}

/// A published practice in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PracticeSummary {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub organisation: String,
    /// ISO 3166-1 alpha-2 code.
    pub country: String,
    /// Theme codes.
    pub themes: Vec<String>,
    pub event: Option<EventRef>,
    /// Licence code, e.g. `cc-by-4.0`.
    pub licence: String,
    pub published_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// Example content of the demo installation.
    pub demo: bool,
}

/// Contact details the submitter agreed to publish.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ContactView {
    pub name: String,
    pub email: String,
}

/// A practice as its page shows it (published, or previewed by a moderator).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PracticeDetail {
    #[serde(flatten)]
    pub summary: PracticeSummary,
    /// The Markdown description as sanitised HTML.
    pub description_html: String,
    pub file: Option<FileView>,
    pub contact: Option<ContactView>,
}

/// A search of the library, as in the address of the browse page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "ssr", into_params(parameter_in = Query))]
pub struct LibraryQuery {
    /// Words to search for; empty lists everything.
    #[serde(default)]
    pub q: String,
    /// Theme code.
    #[serde(default)]
    pub theme: String,
    /// ISO 3166-1 alpha-2 code.
    #[serde(default)]
    pub country: String,
    /// Event slug.
    #[serde(default)]
    pub event: String,
    /// One of `SORTS`; empty means relevance with a search text, else newest.
    #[serde(default)]
    pub sort: String,
    /// From 1.
    #[serde(default)]
    pub page: u32,
}

/// A submission taken through the API; the follow link goes by email to
/// the contact address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SubmissionReceipt {
    pub id: String,
    pub review: Review,
}

/// One page of search results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct LibraryPage {
    pub total: u64,
    pub page: u32,
    pub per_page: u32,
    pub items: Vec<PracticeSummary>,
}

/// The browse page: results and what the filters offer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BrowseView {
    pub results: LibraryPage,
    pub themes: Vec<ThemeView>,
    /// Countries with published practices.
    pub countries: Vec<String>,
    pub events: Vec<EventRef>,
}

/// A step in a practice's history, as the submitter and moderators see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    /// `rules::Step::code`.
    pub action: String,
    pub actor: String,
    pub note: Option<String>,
    pub at: chrono::DateTime<chrono::Utc>,
}

/// What the submitter sees through their link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowView {
    pub review: Review,
    pub may_edit: bool,
    /// The latest revision, as the edit form's values.
    pub form: PracticeForm,
    pub file_name: Option<String>,
    /// Where the public reads it, while a revision is published.
    pub public_id: Option<String>,
    pub history: Vec<HistoryEntry>,
    pub choices: FormChoices,
}

/// A practice in the moderators' queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueEntry {
    pub id: String,
    pub title: String,
    pub organisation: String,
    pub country: String,
    pub review: Review,
    /// A revision of this practice is public already.
    pub has_public_revision: bool,
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

/// A practice as a moderator reviews it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewView {
    pub id: String,
    pub review: Review,
    /// The revision shown, which a step applies to.
    pub revision_id: String,
    pub revision: i32,
    pub preview: PracticeDetail,
    pub submitter_name: String,
    pub submitter_email: String,
    /// The steps the rules allow now.
    pub steps: Vec<Step>,
    pub history: Vec<HistoryEntry>,
}

/// A practice form posted to the server that came back with problems: the
/// server renders the form page again with it, keeping what was typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostedPractice {
    pub values: PracticeForm,
    pub errors: crate::forms::FieldErrors,
    /// A message key for the whole form.
    pub problem: Option<String>,
}

/// A theme as organizers manage it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffTheme {
    pub id: i32,
    pub code: String,
    pub name: String,
    /// Still the name the platform came with, so pages show its translation.
    pub translated: bool,
    /// No longer offered to new submissions.
    pub retired: bool,
}
