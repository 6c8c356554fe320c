use crate::{
    forms::FieldErrors,
    i18n::{detect_locale, Locale},
    programme::rules::Refusal,
};
use http::StatusCode;
use leptos::prelude::{use_context, ServerFnError};
use leptos_axum::ResponseOptions;
use sea_orm::{DbErr, SqlErr};

/// What a service function can answer besides success. The variants map to
/// HTTP status codes and to messages in the user's language; internal
/// failures are logged in detail and shown as a plain apology.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("invalid input: {0:?}")]
    Invalid(FieldErrors),
    /// The request clashes with what is stored; the key names the message.
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// A capacity cannot go below the places already given.
    #[error("capacity below the {taken} places taken")]
    CapacityTooLow { taken: u64 },
    /// A choice in the programme that the rules do not allow.
    #[error("refused: {0:?}")]
    Refused(Refusal),
    #[error("not found")]
    NotFound,
    #[error("not signed in")]
    Unauthorized,
    #[error("not allowed")]
    Forbidden,
    #[error("too many attempts")]
    RateLimited,
    /// The server has no room for this now (the key names the message);
    /// trying again later may work.
    #[error("unavailable: {0}")]
    Unavailable(&'static str),
    /// One person's limit on what they use at once (the key names the
    /// message); it frees up when they stop using something.
    #[error("over the limit: {0}")]
    Quota(&'static str),
    #[error("database: {0}")]
    Database(DbErr),
    #[error("{0}")]
    Internal(String),
}

impl From<DbErr> for ServiceError {
    fn from(error: DbErr) -> Self {
        match error.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => ServiceError::Conflict("error-duplicate"),
            _ => ServiceError::Database(error),
        }
    }
}

impl ServiceError {
    pub fn status(&self) -> StatusCode {
        match self {
            ServiceError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ServiceError::Conflict(_)
            | ServiceError::CapacityTooLow { .. }
            | ServiceError::Refused(_) => StatusCode::CONFLICT,
            ServiceError::NotFound => StatusCode::NOT_FOUND,
            ServiceError::Unauthorized => StatusCode::UNAUTHORIZED,
            ServiceError::Forbidden => StatusCode::FORBIDDEN,
            ServiceError::RateLimited | ServiceError::Quota(_) => StatusCode::TOO_MANY_REQUESTS,
            ServiceError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ServiceError::Database(_) | ServiceError::Internal(_) => {
                StatusCode::INTERNAL_SERVER_ERROR
            }
        }
    }

    /// The message for the user; internal details go to the log, not to them.
    pub fn message(&self, locale: Locale) -> String {
        if let ServiceError::CapacityTooLow { taken } = self {
            let taken = i64::try_from(*taken).unwrap_or(i64::MAX);
            return locale.t_with("error-capacity-too-low", &[("taken", taken.into())]);
        }
        if let ServiceError::Refused(refusal) = self {
            return refusal.message(locale);
        }
        if let ServiceError::Invalid(errors) = self {
            let mut problems = errors.iter();
            if let (Some((_, key)), None) = (problems.next(), problems.next()) {
                return locale.t(key);
            }
        }
        let key = match self {
            ServiceError::Invalid(_) => "error-invalid",
            ServiceError::Conflict(key)
            | ServiceError::Unavailable(key)
            | ServiceError::Quota(key) => key,
            ServiceError::CapacityTooLow { .. } => "error-capacity-too-low",
            ServiceError::Refused(refusal) => refusal.key(),
            ServiceError::NotFound => "error-not-found",
            ServiceError::Unauthorized => "error-unauthorized",
            ServiceError::Forbidden => "error-forbidden",
            ServiceError::RateLimited => "error-rate-limited",
            ServiceError::Database(_) | ServiceError::Internal(_) => {
                tracing::error!(error = %self, "request failed");
                "error-internal"
            }
        };
        locale.t(key)
    }
}

impl ServiceError {
    /// For server functions: the message in the page's language, and the
    /// matching status (also the page's, while rendering on the server).
    /// A plain form post keeps its redirect instead: Leptos sends the browser
    /// back to the form with the error in the address, and the form shows it.
    pub fn into_server_error(self) -> ServerFnError {
        self.answer_status();
        ServerFnError::ServerError(self.message(detect_locale()))
    }

    /// Sets the response's status for this error, except on a plain form
    /// post (see [`ServiceError::into_server_error`]).
    pub fn answer_status(&self) {
        if !crate::platform::flash::is_plain_form_post() {
            if let Some(response) = use_context::<ResponseOptions>() {
                response.set_status(self.status());
            }
        }
    }
}
