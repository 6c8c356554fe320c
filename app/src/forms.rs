//! Field errors as they travel from validation to the form: each names the
//! message key, which the page translates into its own language.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldErrors(BTreeMap<String, String>);

impl FieldErrors {
    pub fn add(&mut self, field: &str, message_key: &str) {
        self.0
            .entry(field.to_owned())
            .or_insert_with(|| message_key.to_owned());
    }

    pub fn single(field: &str, message_key: &str) -> Self {
        let mut errors = FieldErrors::default();
        errors.add(field, message_key);
        errors
    }

    /// The same problems, with `from`'s filed under `to` (a form that names
    /// the field differently from the service).
    pub fn renamed(mut self, from: &str, to: &str) -> Self {
        if let Some(key) = self.0.remove(from) {
            self.0.insert(to.to_owned(), key);
        }
        self
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

/// A one-line text: trimmed, at most `max` characters, no control
/// characters. Empty gives `None` (an error too when `required`).
pub fn line(
    errors: &mut FieldErrors,
    field: &str,
    value: &str,
    max: usize,
    required: bool,
) -> Option<String> {
    checked(errors, field, value, max, required, |c| c.is_control())
}

/// A text of several lines: as `line`, with line breaks and tabs allowed.
pub fn text(
    errors: &mut FieldErrors,
    field: &str,
    value: &str,
    max: usize,
    required: bool,
) -> Option<String> {
    checked(errors, field, value, max, required, |c| {
        c.is_control() && !matches!(c, '\n' | '\r' | '\t')
    })
}

fn checked(
    errors: &mut FieldErrors,
    field: &str,
    value: &str,
    max: usize,
    required: bool,
    forbidden: impl Fn(char) -> bool,
) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        if required {
            errors.add(field, "error-required");
        }
        return None;
    }
    if value.chars().count() > max {
        errors.add(field, "error-too-long");
    } else if value.chars().any(forbidden) {
        errors.add(field, "error-control-characters");
    }
    Some(value.to_owned())
}

/// The longest email address there is (RFC 5321).
pub const EMAIL_MAX: usize = 254;

/// A required email address, trimmed.
#[cfg(feature = "ssr")]
pub fn email(errors: &mut FieldErrors, field: &str, value: &str) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        errors.add(field, "error-required");
        return None;
    }
    let valid = value.chars().count() <= EMAIL_MAX
        && value.parse::<lettre::Address>().is_ok()
        && value.contains('.');
    if !valid {
        errors.add(field, "error-email-invalid");
    }
    Some(value.to_owned())
}

/// A country as an ISO 3166-1 alpha-2 code of the list, upper-cased.
pub fn country(errors: &mut FieldErrors, field: &str, value: &str) -> Option<String> {
    let code = value.trim().to_ascii_uppercase();
    if code.is_empty() {
        errors.add(field, "error-required");
        return None;
    }
    if !crate::i18n::COUNTRY_CODES.contains(&code.as_str()) {
        errors.add(field, "error-country-invalid");
    }
    Some(code)
}

/// The record a form edits, from its hidden `id` field: empty means a new
/// one. Anything else must be a number; a form of ours never sends other
/// text, so it names nothing.
#[cfg(feature = "ssr")]
pub fn record_id(id: &str) -> Result<Option<i32>, crate::platform::error::ServiceError> {
    match id.trim() {
        "" => Ok(None),
        text => text
            .parse()
            .map(Some)
            .map_err(|_| crate::platform::error::ServiceError::NotFound),
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn a_form_names_a_new_record_or_an_existing_one_by_number() {
        assert_eq!(record_id("").ok(), Some(None));
        assert_eq!(record_id(" 42 ").ok(), Some(Some(42)));
        assert!(record_id("'; DROP TABLE themes; --").is_err());
        assert!(record_id("99999999999999999999").is_err());
    }
}
