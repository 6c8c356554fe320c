//! The checks of a practice submission, every problem at once. Plain
//! functions, no I/O.

use super::model::{licence, PracticeForm, LICENCES};
use crate::forms::{self, FieldErrors};

const TITLE_MAX: usize = 200;
const SUMMARY_MAX: usize = 600;
const DESCRIPTION_MAX: usize = 20_000;

/// A submission that passed every check, trimmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidPractice {
    pub title: String,
    pub summary: String,
    pub description: String,
    pub organisation: String,
    pub country: String,
    pub themes: Vec<String>,
    pub event_id: Option<i32>,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_public: bool,
    pub licence: String,
}

/// Checks a submission against the themes on offer and the events there
/// are (slug, id).
pub fn validate(
    form: &PracticeForm,
    themes: &[String],
    events: &[(String, i32)],
) -> Result<ValidPractice, FieldErrors> {
    let mut errors = FieldErrors::default();
    let title = forms::line(&mut errors, "title", &form.title, TITLE_MAX, true);
    let summary = forms::text(&mut errors, "summary", &form.summary, SUMMARY_MAX, true);
    let description = forms::text(
        &mut errors,
        "description",
        &form.description,
        DESCRIPTION_MAX,
        true,
    );
    let organisation = forms::line(
        &mut errors,
        "organisation",
        &form.organisation,
        TITLE_MAX,
        true,
    );
    let country = forms::country(&mut errors, "country", &form.country);
    let mut chosen: Vec<String> = Vec::new();
    for theme in &form.themes {
        let theme = theme.trim();
        if !themes.iter().any(|t| t == theme) {
            errors.add("themes", "error-choose-from-list");
        } else if !chosen.iter().any(|t| t == theme) {
            chosen.push(theme.to_owned());
        }
    }
    if form.themes.is_empty() {
        errors.add("themes", "error-theme-required");
    }
    let event_id = match form.event.trim() {
        "" => None,
        slug => {
            let found = events.iter().find(|(s, _)| s == slug).map(|(_, id)| *id);
            if found.is_none() {
                errors.add("event", "error-choose-from-list");
            }
            found
        }
    };
    let contact_name = forms::line(
        &mut errors,
        "contact_name",
        &form.contact_name,
        TITLE_MAX,
        true,
    );
    let contact_email = forms::email(&mut errors, "contact_email", &form.contact_email);
    let licence = match form.licence.trim() {
        "" => LICENCES[0].code,
        code => licence(code).map_or_else(
            || {
                errors.add("licence", "error-choose-from-list");
                LICENCES[0].code
            },
            |found| found.code,
        ),
    };
    match (
        title,
        summary,
        description,
        organisation,
        country,
        contact_name,
        contact_email,
    ) {
        (
            Some(title),
            Some(summary),
            Some(description),
            Some(organisation),
            Some(country),
            Some(contact_name),
            Some(contact_email),
        ) if errors.is_empty() => Ok(ValidPractice {
            title,
            summary,
            description,
            organisation,
            country,
            themes: chosen,
            event_id,
            contact_name,
            contact_email,
            contact_public: form.contact_public.is_some(),
            licence: licence.to_owned(),
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn themes() -> Vec<String> {
        vec!["data_privacy".into(), "safety".into()]
    }

    fn events() -> Vec<(String, i32)> {
        vec![("ikp-2025".into(), 1)]
    }

    fn complete() -> PracticeForm {
        PracticeForm {
            title: " Resident app in ten languages ".into(),
            summary: "Information for residents in their own language.".into(),
            description: "## How\n\nWe built it with residents.".into(),
            organisation: "COA".into(),
            country: "nl".into(),
            themes: vec!["safety".into(), "data_privacy".into(), "safety".into()],
            event: "ikp-2025".into(),
            contact_name: "Amira Haddad".into(),
            contact_email: "amira@example.org".into(),
            contact_public: None,
            licence: String::new(),
        }
    }

    #[test]
    fn a_complete_submission_is_trimmed_with_the_default_licence() {
        let valid = validate(&complete(), &themes(), &events()).expect("valid");
        assert_eq!(valid.title, "Resident app in ten languages");
        assert_eq!(valid.country, "NL");
        assert_eq!(valid.themes, ["safety", "data_privacy"]);
        assert_eq!(valid.event_id, Some(1));
        assert_eq!(valid.licence, "cc-by-4.0");
        assert!(
            !valid.contact_public,
            "contact details stay private by default"
        );
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let form = PracticeForm {
            title: String::new(),
            summary: "x".repeat(601),
            description: " ".into(),
            organisation: String::new(),
            country: "XX".into(),
            themes: vec!["cooking".into()],
            event: "no-such-event".into(),
            contact_name: String::new(),
            contact_email: "not an address".into(),
            contact_public: Some("on".into()),
            licence: "all-rights-reserved".into(),
        };
        let errors = validate(&form, &themes(), &events()).expect_err("invalid");
        for field in [
            "title",
            "summary",
            "description",
            "organisation",
            "country",
            "themes",
            "event",
            "contact_name",
            "contact_email",
            "licence",
        ] {
            assert!(errors.get(field).is_some(), "{field} reported");
        }
    }

    #[test]
    fn at_least_one_theme() {
        let form = PracticeForm {
            themes: Vec::new(),
            ..complete()
        };
        let errors = validate(&form, &themes(), &events()).expect_err("invalid");
        assert_eq!(errors.get("themes"), Some("error-theme-required"));
    }
}
