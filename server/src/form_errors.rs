//! A form post that fails goes back to its page with the error in the
//! address (`__path`, `__err`, read by the page's action). server_fn 0.8
//! adds them to the page's address as it is, so every failure on that page
//! would leave one more error in the address (the page shows the last):
//! the form's page is named without the earlier ones.

use axum::{
    extract::Request,
    http::{header, HeaderValue, Method},
    middleware::Next,
    response::Response,
};

const ERROR_PAIRS: [&str; 2] = ["__path", "__err"];

pub async fn forget_earlier_error(mut request: Request, next: Next) -> Response {
    if request.method() == Method::POST {
        let cleaned = request
            .headers()
            .get(header::REFERER)
            .and_then(|value| value.to_str().ok())
            .and_then(without_error)
            .and_then(|address| HeaderValue::from_str(&address).ok());
        if let Some(cleaned) = cleaned {
            request.headers_mut().insert(header::REFERER, cleaned);
        }
    }
    next.run(request).await
}

/// The address without an error's pairs; `None` when it carries none.
fn without_error(address: &str) -> Option<String> {
    let (page, query) = address.split_once('?')?;
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
        .collect();
    let kept: Vec<_> = pairs
        .iter()
        .filter(|(key, _)| !ERROR_PAIRS.contains(&key.as_str()))
        .collect();
    if kept.len() == pairs.len() {
        return None;
    }
    let query = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(kept)
        .finish();
    Some(if query.is_empty() {
        page.to_owned()
    } else {
        format!("{page}?{query}")
    })
}

#[cfg(test)]
mod tests {
    use super::without_error;

    #[test]
    fn an_earlier_error_leaves_the_address_and_the_rest_stays() {
        assert_eq!(
            without_error("https://x.org/staff/events/a?__path=%2Fapi%2Fc&__err=QQ%3D%3D")
                .as_deref(),
            Some("https://x.org/staff/events/a")
        );
        assert_eq!(
            without_error("https://x.org/manage/t?saved=1&__path=p&__err=e&lang=nl").as_deref(),
            Some("https://x.org/manage/t?saved=1&lang=nl")
        );
    }

    #[test]
    fn an_address_without_an_error_is_left_alone() {
        assert_eq!(without_error("https://x.org/events/a"), None);
        assert_eq!(without_error("https://x.org/library?q=health&page=2"), None);
    }
}
