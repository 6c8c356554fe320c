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
