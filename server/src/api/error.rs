use app::{i18n::Locale, platform::error::ServiceError};
use axum::{
    extract::rejection::JsonRejection,
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use serde::Serialize;
use std::collections::BTreeMap;

/// The body of every error answer: a message and, for bad input, one per field.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    pub error: String,
    pub fields: BTreeMap<String, String>,
}

/// An error answer in the language the client asked for.
pub struct ApiError {
    pub status: StatusCode,
    pub body: ErrorBody,
    pub locale: Locale,
}

impl ApiError {
    pub fn from_service(error: ServiceError, locale: Locale) -> ApiError {
        let fields = match &error {
            ServiceError::Invalid(errors) => errors
                .iter()
                .map(|(field, key)| (field.to_owned(), locale.t(key)))
                .collect(),
            ServiceError::Conflict("error-email-taken") => {
                BTreeMap::from([("email".to_owned(), locale.t("error-email-taken"))])
            }
            _ => BTreeMap::new(),
        };
        ApiError {
            status: error.status(),
            body: ErrorBody {
                error: error.message(locale),
                fields,
            },
            locale,
        }
    }

    /// A JSON body that cannot be read: the reason goes to the log, the
    /// client gets the status and a plain message.
    pub fn unreadable(rejection: JsonRejection, locale: Locale) -> ApiError {
        tracing::info!(error = %rejection.body_text(), "JSON body refused");
        let status = match rejection {
            JsonRejection::JsonDataError(_) => StatusCode::UNPROCESSABLE_ENTITY,
            JsonRejection::MissingJsonContentType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            _ => rejection.status(),
        };
        let key = if status == StatusCode::PAYLOAD_TOO_LARGE {
            "error-request-too-large"
        } else {
            "error-bad-request"
        };
        ApiError {
            status,
            body: ErrorBody {
                error: locale.t(key),
                fields: BTreeMap::new(),
            },
            locale,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (
            self.status,
            crate::client_errors::language(self.locale),
            Json(self.body),
        )
            .into_response()
    }
}
