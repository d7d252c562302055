package dev.anneal.cli;

import dev.anneal.diagnostic.Problem;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A validation as a JUnit XML report, for CI systems that show test results (GitLab, Jenkins,
 * Azure): one test suite, one test case per file named by its path; a file that fails has one
 * {@code <failure>} listing its problems, one a line as the text format prints them; the warnings
 * of a file that passes are its {@code <system-out>}.
 */
final class JUnitXml {
  private JUnitXml() {}

  /** {@code problems}: every file checked, in order, with its problems; {@code strict}: warnings fail. */
  static String of(Map<String, List<Problem>> problems, boolean strict, double seconds) {
    long failures = problems.values().stream().filter(list -> fails(list, strict)).count();
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      counts(xml, problems.size(), failures, seconds);
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      counts(xml, problems.size(), failures, seconds);
      for (var entry : problems.entrySet()) testCase(xml, entry.getKey(), entry.getValue(), strict);
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the JUnit report: " + e.getMessage(), e);
    }
    return text + "\n";
  }

  private static boolean fails(List<Problem> problems, boolean strict) {
    return problems.stream().anyMatch(p -> strict || !p.isWarning());
  }

  private static void counts(XMLStreamWriter xml, long tests, long failures, double seconds) throws XMLStreamException {
    xml.writeAttribute("name", "anneal validate");
    xml.writeAttribute("tests", Long.toString(tests));
    xml.writeAttribute("failures", Long.toString(failures));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("time", String.format(java.util.Locale.ROOT, "%.3f", seconds));
  }

  private static void testCase(XMLStreamWriter xml, String file, List<Problem> problems, boolean strict)
      throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", "anneal.validate");
    xml.writeAttribute("name", file);
    xml.writeAttribute("file", file);
    StringBuilder lines = new StringBuilder();
    for (Problem p : problems) lines.append(ProblemFormats.text(p)).append('\n');
    if (fails(problems, strict)) {
      Problem first = problems.stream().filter(p -> strict || !p.isWarning()).findFirst().orElseThrow();
      xml.writeStartElement("failure");
      xml.writeAttribute("type", first.rule().id());
      xml.writeAttribute("message", first.fullMessage());
      xml.writeCharacters(lines.toString());
      xml.writeEndElement();
    } else if (!problems.isEmpty()) {
      xml.writeStartElement("system-out");
      xml.writeCharacters(lines.toString());
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }
}
