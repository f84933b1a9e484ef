package jp.madoguchi.forms.sanitise;

/** What an image file carries besides pixels, and how its EXIF says it is to be turned (1–8). */
record ImageMetadata(Removals removals, int orientation) {}
