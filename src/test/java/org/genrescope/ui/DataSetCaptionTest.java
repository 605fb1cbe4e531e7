package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.Recipe;
import org.genrescope.data.DataCredit;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The window's figures carry the same credit as the command line's reports, whichever way the data was opened. */
class DataSetCaptionTest {
    private static DataSet open(Path input, boolean openedAsTheBundledSample) throws Exception {
        AnalysisConfig config = Recipe.SEED.config(input);
        Pipeline.Prepared prepared = new Pipeline(2, IsolatedAutoencoderTrainer.shared())
                .prepare(config, ProgressListener.NONE, CancellationToken.NEVER);
        return DataSet.of(prepared, openedAsTheBundledSample);
    }

    @Test
    void generatedDataOpenedFromDiskIsCaptionedSyntheticNotAsFma() throws Exception {
        // The bundled sample's folder, opened as any folder is (File > Open FMA folder): generate-sample's marker
        // says what it is, so it must not carry FMA's credit.
        DataSet fromDisk = open(SharedData.sample(), false);
        assertEquals(DataCredit.SYNTHETIC, fromDisk.caption());
        assertFalse(fromDisk.isFma());
        assertEquals(DataCredit.SYNTHETIC, open(SharedData.sample(), true).caption());
    }

    @Test
    void theRealFmaFolderCarriesFmasCredit() throws Exception {
        DataSet real = open(SharedData.require("fma/fma_metadata"), false);
        assertEquals(DataCredit.FMA, real.caption());
        assertTrue(real.isFma());
    }
}
