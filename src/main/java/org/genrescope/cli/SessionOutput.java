package org.genrescope.cli;

import java.util.Map;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.Versions;
import org.genrescope.analysis.report.ResultWriters;
import org.genrescope.session.Session;
import org.genrescope.session.SessionJson;

/** The session.json the cluster command writes beside report.json: the run's session (ADR 0016), for {@code apply}. */
final class SessionOutput {
    private SessionOutput() { }

    /** {@code result} as a session without a k sweep (the command runs one k), ready for the write batch. */
    static ResultWriters.Extra of(AnalysisResult result) {
        Session session = Session.of(result, Map.of(), Versions.app());
        return new ResultWriters.Extra(ResultWriters.SESSION, SessionJson.write(session));
    }
}
