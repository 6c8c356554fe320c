//! The hostile-input corpus: values no form should take as they are, and a
//! fingerprint of every table to show that none of them was stored.

use super::Engine;
use sea_orm::DatabaseConnection;
use std::collections::BTreeMap;

/// Bad values for a text field, as raw bytes (some are not UTF-8). Each
/// request puts one of them into every field at once, so each request is
/// wrong as a whole (an address, a number, a link, a choice is never right).
pub fn text_values() -> Vec<Vec<u8>> {
    let mut values: Vec<Vec<u8>> = [
        "",
        "   ",
        "\0",
        "name\0with a nul",
        "\u{1b}[31mred\u{1b}[0m",
        "\u{7f}\u{8}\u{7}",
        "line\r\nBcc: victim@example.org",
        "x@example.org\nBcc: y@example.org",
        "\u{202e}fdp.exe",
        "\u{feff}\u{200b}",
        "' OR '1'='1",
        "'; DROP TABLE registrations; --",
        "1; DELETE FROM events",
        "\" OR \"\"=\"",
        "1 UNION SELECT password_hash FROM staff_accounts",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "{{7*7}}${7*7}<%= 7*7 %>",
        "%s%s%s%n%x",
        "../../../../etc/passwd",
        "ikp-2025/../../",
        "99999999999999999999999999999999",
        "-1",
        "-2147483649",
        "4294967296",
        "1e309",
        "NaN",
        "0x7fffffff",
        "true",
        "null",
        "[]",
        "{\"$gt\":\"\"}",
        "a@b",
        "𝕳𝖊𝖑𝖑𝖔 🙂",
        "Z̷̢̛͎a̸̧l̶g̵o̴",
    ]
    .iter()
    .map(|value| value.as_bytes().to_vec())
    .collect();
    values.extend([
        b"\xff\xfe\xfd".to_vec(),
        b"\xc0\xaf overlong".to_vec(),
        b"\xed\xa0\x80 surrogate".to_vec(),
        "a".repeat(5_000).into_bytes(),
    ]);
    values
}

/// Bad values for a JSON field: the texts above that are UTF-8, and every
/// JSON type where a string belongs.
pub fn json_values() -> Vec<serde_json::Value> {
    let mut values: Vec<serde_json::Value> = text_values()
        .into_iter()
        .filter_map(|bytes| String::from_utf8(bytes).ok())
        .map(serde_json::Value::String)
        .collect();
    values.extend([
        serde_json::json!(null),
        serde_json::json!(true),
        serde_json::json!(-1),
        serde_json::json!(1.5e300),
        serde_json::json!(u64::MAX),
        serde_json::json!([]),
        serde_json::json!(["a", "b"]),
        serde_json::json!({}),
        serde_json::json!({"nested": {"deeper": ["x"]}}),
    ]);
    values
}

/// Request bodies that are broken as a whole, whatever the endpoint.
pub fn broken_bodies() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("application/x-www-form-urlencoded", Vec::new()),
        ("application/x-www-form-urlencoded", b"%zz%=%".to_vec()),
        (
            "application/x-www-form-urlencoded",
            b"\x00\xff\xfe=\x01".to_vec(),
        ),
        (
            "application/x-www-form-urlencoded",
            b"a=1&&&==&a[=]".to_vec(),
        ),
        ("application/json", b"{\"unclosed\": ".to_vec()),
        ("application/json", "[".repeat(10_000).into_bytes()),
        ("application/json", b"{\"a\": 1e999999}".to_vec()),
        ("text/plain", b"hello".to_vec()),
        ("application/octet-stream", vec![0u8; 1024]),
        ("multipart/form-data; boundary=x", b"--x\r\nbroken".to_vec()),
        ("application/x-www-form-urlencoded", oversized_form()),
    ]
}

/// A form body well past the 64 KB every form route accepts.
pub fn oversized_form() -> Vec<u8> {
    format!("name={}", "a".repeat(100 * 1024)).into_bytes()
}

/// `field=value&...` with the value put into every field.
pub fn form_body(fields: &[&str], value: &[u8]) -> Vec<u8> {
    let encoded: String = form_urlencoded::byte_serialize(value).collect();
    fields
        .iter()
        .map(|field| {
            let name: String = form_urlencoded::byte_serialize(field.as_bytes()).collect();
            format!("{name}={encoded}")
        })
        .collect::<Vec<_>>()
        .join("&")
        .into_bytes()
}

/// Every field twice, with different values.
pub fn repeated_fields(fields: &[&str]) -> Vec<u8> {
    let mut body = form_body(fields, b"first");
    if !fields.is_empty() {
        body.push(b'&');
        body.extend(form_body(fields, b"second"));
    }
    body
}

/// Each table's rows in a stable order, so that two fingerprints differ
/// exactly when something was stored or changed.
pub async fn fingerprint(db: &DatabaseConnection, engine: Engine) -> BTreeMap<String, Vec<String>> {
    let mut tables: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in super::every_row(db, engine).await {
        let table = line
            .split_once(": ")
            .map_or("", |(table, _)| table)
            .to_owned();
        tables.entry(table).or_default().push(line);
    }
    for rows in tables.values_mut() {
        rows.sort();
    }
    tables
}
