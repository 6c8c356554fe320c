//! What the library tests submit: a complete form and whole PDF files.

use app::library::{model::PracticeForm, service::Upload};

pub fn form(title: &str) -> PracticeForm {
    PracticeForm {
        title: title.into(),
        summary: "Residents find information in their own language.".into(),
        description: "## What we did\n\nWe built an app **with** residents.".into(),
        organisation: "COA".into(),
        country: "NL".into(),
        themes: vec!["digital_self_reliance".into()],
        event: "ikp-2025".into(),
        contact_name: "Amira Haddad".into(),
        contact_email: "amira@example.org".into(),
        contact_public: None,
        licence: String::new(),
    }
}

/// A small whole PDF, padded to `size` bytes.
pub fn pdf(size: usize) -> Vec<u8> {
    let mut content = b"%PDF-1.4\n".to_vec();
    let end = b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
    content.resize(size - end.len(), b' ');
    content.extend_from_slice(end);
    content
}

pub fn upload(name: &str, content: Vec<u8>) -> Option<Upload> {
    Some(Upload {
        name: name.into(),
        content,
    })
}

/// How many files the store holds.
pub fn stored_files(app: &super::TestApp) -> usize {
    let root = app.state.settings.data_dir.join("files");
    std::fs::read_dir(&root)
        .map(|folders| {
            folders
                .flatten()
                .map(|folder| std::fs::read_dir(folder.path()).map_or(0, |f| f.count()))
                .sum()
        })
        .unwrap_or(0)
}

/// The revision a moderator reviewing the practice now would see.
pub async fn latest_revision(db: &sea_orm::DatabaseConnection, practice: uuid::Uuid) -> uuid::Uuid {
    use sea_orm::EntityTrait;
    app::library::entity::practice::Entity::find_by_id(practice)
        .one(db)
        .await
        .expect("practice")
        .expect("stored")
        .latest_revision_id
}
