//! What makes a registration acceptable. Plain functions, no I/O.

use super::model::{Attendance, RegistrationForm, ORGANISATION_TYPES};
use crate::{
    forms::{self, FieldErrors},
    i18n::Locale,
};

const SHORT_TEXT_MAX: usize = 200;
const LONG_TEXT_MAX: usize = 1000;

/// A registration that passed validation, trimmed and normalised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidRegistration {
    pub name: String,
    pub email: String,
    pub email_normalized: String,
    pub organisation: String,
    pub organisation_type: Option<String>,
    pub country: String,
    pub job_function: String,
    pub attendance: Attendance,
    pub language: Locale,
    pub accessibility_needs: Option<String>,
    /// Kept only for people who come in person.
    pub dietary_needs: Option<String>,
    pub list_consent: bool,
}

/// Checks every field and reports all problems at once.
pub fn validate(form: &RegistrationForm) -> Result<ValidRegistration, FieldErrors> {
    let mut errors = FieldErrors::default();
    let name = required_line(&mut errors, "name", &form.name);
    let organisation = required_line(&mut errors, "organisation", &form.organisation);
    let job_function = required_line(&mut errors, "function", &form.function);

    let email = forms::email(&mut errors, "email", &form.email).unwrap_or_default();
    let country = forms::country(&mut errors, "country", &form.country).unwrap_or_default();

    let organisation_type = match form.organisation_type.trim() {
        "" => None,
        code if ORGANISATION_TYPES.contains(&code) => Some(code.to_owned()),
        _ => {
            errors.add("organisation_type", "error-organisation-type-invalid");
            None
        }
    };
    let attendance = Attendance::from_code(&form.attendance);
    if attendance.is_none() {
        errors.add("attendance", "error-attendance-invalid");
    }
    let language = Locale::from_code(&form.language);
    if language.is_none() {
        errors.add("language", "error-language-invalid");
    }
    let accessibility_needs = optional_text(
        &mut errors,
        "accessibility_needs",
        &form.accessibility_needs,
    );
    let dietary_needs = optional_text(&mut errors, "dietary_needs", &form.dietary_needs);
    if !form.privacy_consent {
        errors.add("privacy_consent", "error-consent-required");
    }

    match (attendance, language) {
        (Some(attendance), Some(language)) if errors.is_empty() => Ok(ValidRegistration {
            name,
            email_normalized: email.to_lowercase(),
            email,
            organisation,
            organisation_type,
            country,
            job_function,
            attendance,
            language,
            accessibility_needs,
            dietary_needs: dietary_needs.filter(|_| attendance == Attendance::InPerson),
            list_consent: form.list_consent,
        }),
        _ => Err(errors),
    }
}

fn required_line(errors: &mut FieldErrors, field: &str, value: &str) -> String {
    forms::line(errors, field, value, SHORT_TEXT_MAX, true).unwrap_or_default()
}

fn optional_text(errors: &mut FieldErrors, field: &str, value: &str) -> Option<String> {
    forms::text(errors, field, value, LONG_TEXT_MAX, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete() -> RegistrationForm {
        RegistrationForm {
            name: " Amira Haddad ".into(),
            email: "Amira.Haddad@Example.ORG".into(),
            organisation: "Fedasil".into(),
            organisation_type: String::new(),
            country: "be".into(),
            function: "Reception centre manager".into(),
            attendance: "in_person".into(),
            language: "nl".into(),
            accessibility_needs: "".into(),
            dietary_needs: "Vegetarian".into(),
            privacy_consent: true,
            list_consent: false,
        }
    }

    #[test]
    fn a_complete_form_is_trimmed_and_normalised() {
        let valid = validate(&complete()).expect("valid");
        assert_eq!(valid.name, "Amira Haddad");
        assert_eq!(valid.email, "Amira.Haddad@Example.ORG");
        assert_eq!(valid.email_normalized, "amira.haddad@example.org");
        assert_eq!(valid.country, "BE");
        assert_eq!(valid.language, Locale::Nl);
        assert_eq!(valid.accessibility_needs, None);
        assert_eq!(valid.dietary_needs.as_deref(), Some("Vegetarian"));
    }

    #[test]
    fn every_missing_field_is_reported_at_once() {
        let errors = validate(&RegistrationForm::default()).unwrap_err();
        for field in ["name", "email", "organisation", "country", "function"] {
            assert_eq!(errors.get(field), Some("error-required"), "{field}");
        }
        assert_eq!(errors.get("attendance"), Some("error-attendance-invalid"));
        assert_eq!(errors.get("language"), Some("error-language-invalid"));
        assert_eq!(
            errors.get("privacy_consent"),
            Some("error-consent-required")
        );
    }

    #[test]
    fn bad_values_are_named() {
        let form = RegistrationForm {
            email: "not-an-address".into(),
            country: "XX".into(),
            attendance: "both".into(),
            name: "x".repeat(201),
            organisation: "Line\u{0}break".into(),
            ..complete()
        };
        let errors = validate(&form).unwrap_err();
        assert_eq!(errors.get("email"), Some("error-email-invalid"));
        assert_eq!(errors.get("country"), Some("error-country-invalid"));
        assert_eq!(errors.get("attendance"), Some("error-attendance-invalid"));
        assert_eq!(errors.get("name"), Some("error-too-long"));
        assert_eq!(errors.get("organisation"), Some("error-control-characters"));
    }

    #[test]
    fn online_participants_give_no_dietary_needs() {
        let form = RegistrationForm {
            attendance: "online".into(),
            ..complete()
        };
        assert_eq!(validate(&form).unwrap().dietary_needs, None);
    }

    #[test]
    fn consent_is_required() {
        let form = RegistrationForm {
            privacy_consent: false,
            ..complete()
        };
        assert_eq!(
            validate(&form).unwrap_err().get("privacy_consent"),
            Some("error-consent-required")
        );
    }
}
