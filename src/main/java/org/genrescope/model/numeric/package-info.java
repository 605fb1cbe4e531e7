/**
 * Numeric loops over flat row-major matrices shared by the model packages: a base below them that depends on
 * nothing but the JDK (ADR 0012), like {@code model.spatial}.
 */
package org.genrescope.model.numeric;
