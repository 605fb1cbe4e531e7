/**
 * Figures of analysis results ({@code analysis} values drawn as {@code plot} figures), built once and used by both
 * the workbench ({@code ui}) and the commands ({@code cli}), so that a figure in the window and its file are the same
 * figure. It sits above {@code analysis} and {@code plot} and below {@code ui} and {@code cli} (ArchitectureTest).
 */
package org.genrescope.figures;
