package org.genrescope.model.embedding;

import java.util.Collection;

import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The second half of a DL4J layer configuration's {@code instantiate}, as DL4J's own {@code DenseLayer} and
 * {@code OutputLayer} configurations do it, for this package's layers that swap in their own implementation.
 */
final class LayerWiring {
    private LayerWiring() {
    }

    /** {@code layer} given its listeners, index, parameter view and parameter table, and returned. */
    static <L extends BaseLayer<?>> L wire(L layer, NeuralNetConfiguration conf, Collection<TrainingListener> listeners,
                                           int index, INDArray params, boolean initializeParams,
                                           ParamInitializer initializer) {
        layer.setListeners(listeners);
        layer.setIndex(index);
        layer.setParamsViewArray(params);
        layer.setParamTable(initializer.init(conf, params, initializeParams));
        layer.setConf(conf);
        return layer;
    }
}
