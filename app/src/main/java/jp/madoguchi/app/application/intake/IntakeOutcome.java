package jp.madoguchi.app.application.intake;

import jp.madoguchi.app.domain.application.Application;

/** What a submission led to: a new application, or the one an identical earlier request made. */
public record IntakeOutcome(Application application, boolean created) {}
