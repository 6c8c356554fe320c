//! A registration as it is posted: either typed into the form's fields, or
//! any body at all decoded the way the registration server function decodes
//! it. Validation refuses with field errors or lets through only clean
//! values: trimmed, within their lengths, no control characters, a known
//! country, a normalised address. A record id typed into a staff form is a
//! number, empty, or refused.

#![no_main]

use app::{
    forms::record_id,
    registration::{model::RegistrationForm, validation::validate},
};
use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use serde::Deserialize;

/// The form's text fields, in the order `Posted::Typed` fills them.
const TEXT_FIELDS: [&str; 10] = [
    "name",
    "email",
    "organisation",
    "organisation_type",
    "country",
    "function",
    "attendance",
    "language",
    "accessibility_needs",
    "dietary_needs",
];

#[derive(Arbitrary, Debug)]
enum Posted {
    Typed {
        texts: [String; TEXT_FIELDS.len()],
        privacy_consent: bool,
        list_consent: bool,
    },
    /// An URL-encoded body.
    Body(Vec<u8>),
    RecordId(String),
}

/// The registration server function's arguments.
#[derive(Deserialize)]
struct Arguments {
    form: RegistrationForm,
}

fuzz_target!(|posted: Posted| {
    let form = match posted {
        Posted::Typed {
            texts,
            privacy_consent,
            list_consent,
        } => {
            let mut fields: serde_json::Map<String, serde_json::Value> = TEXT_FIELDS
                .iter()
                .zip(texts)
                .map(|(field, text)| ((*field).to_owned(), text.into()))
                .collect();
            fields.insert("privacy_consent".into(), privacy_consent.into());
            fields.insert("list_consent".into(), list_consent.into());
            serde_json::from_value::<RegistrationForm>(fields.into())
                .expect("every field is a string or a flag")
        }
        Posted::Body(body) => {
            let decoded = serde_qs::Config::new(5, false).deserialize_bytes::<Arguments>(&body);
            match decoded {
                Ok(arguments) => arguments.form,
                Err(_) => return,
            }
        }
        Posted::RecordId(typed) => {
            if let Ok(Some(id)) = record_id(&typed) {
                assert_eq!(typed.trim().parse::<i32>().ok(), Some(id), "{typed:?}");
            }
            return;
        }
    };
    let valid = match validate(&form) {
        Ok(valid) => valid,
        Err(errors) => {
            assert!(!errors.is_empty(), "refused without a reason: {form:?}");
            return;
        }
    };
    for line in [&valid.name, &valid.organisation, &valid.job_function] {
        assert!(!line.is_empty() && line.trim() == line, "{line:?}");
        assert!(line.chars().count() <= 200, "{line:?}");
        assert!(!line.chars().any(char::is_control), "{line:?}");
    }
    for text in [&valid.accessibility_needs, &valid.dietary_needs]
        .into_iter()
        .flatten()
    {
        assert!(text.chars().count() <= 1000, "{text:?}");
        assert!(
            text.chars()
                .all(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t')),
            "{text:?}"
        );
    }
    assert!(valid.email.contains('@') && !valid.email.chars().any(char::is_whitespace));
    assert_eq!(valid.email_normalized, valid.email.to_lowercase());
    assert!(
        valid.country.len() == 2 && valid.country.chars().all(|c| c.is_ascii_uppercase()),
        "{:?}",
        valid.country
    );
});
