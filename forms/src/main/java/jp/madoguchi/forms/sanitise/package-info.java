/**
 * 無害化 of attachments coming from the internet side (domain.md §7): {@link
 * jp.madoguchi.forms.sanitise.AttachmentInspector} accepts PDF, JPEG and PNG by their magic bytes
 * and refuses everything else with a {@link jp.madoguchi.forms.sanitise.Refusal}; {@link
 * jp.madoguchi.forms.sanitise.AttachmentSanitiser} makes the clean copy clerks and core systems
 * receive and says what it took out. The original is never changed (原本性).
 */
package jp.madoguchi.forms.sanitise;
