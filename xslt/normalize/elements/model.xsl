<?xml version="1.0" encoding="UTF-8"?>
<!-- What every element rule shares: the convention parameters, generated strings, and the one
     decision of whether an element stands as a block or runs inline. -->
<xsl:stylesheet version="3.0" default-mode="fp:lower"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.tei-c.org/ns/1.0"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:s="urn:tei-press:strings"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">


  <!-- Page (and column) numbers of the source: 'bracketed' in the text, in the 'margin', or
       'none' (an anchor only). -->
  <xsl:param name="source-pages" as="xs:string" select="'bracketed'"/>
  <!-- Where lb breaks the line: 'verse-only' (in verse; elsewhere it is a word space) or
       'diplomatic' (everywhere, as in the source). -->
  <xsl:param name="line-breaks" as="xs:string" select="'verse-only'"/>
  <!-- Critical apparatus: 'notes' (lemma in the text, readings in a second note series a, b,
       c…) or 'inline' (readings in brackets after the lemma). -->
  <xsl:param name="apparatus" as="xs:string" select="'notes'"/>
  <!-- Editorial signs: 'plain' or 'leiden' (elements/strings.xml, convention). -->
  <xsl:param name="editorial-signs" as="xs:string" select="'plain'"/>
  <!-- Verse line numbers from l/@n: 'every-5' (those divisible by five), 'all' or 'none'. -->
  <xsl:param name="line-numbers" as="xs:string" select="'every-5'"/>
  <!-- Image files the build found next to the source: graphic/@url as written → absolute
       file URI. The Java side fills it (org.teipress.xslt.LocalImages); XSLT cannot test
       whether a binary file exists. Anything not in it is shown as a placeholder. -->
  <xsl:param name="local-images" as="map(xs:string, xs:string)" select="map{}"/>

  <!-- Each parameter above is one of the values xslt/conventions.xml allows (the command line
       reads the same file): a wrong value stops the pass before it lowers anything. -->
  <xsl:template match="/" priority="10">
    <xsl:variable name="chosen" select="map { 'source-pages': $source-pages, 'line-breaks': $line-breaks,
        'apparatus': $apparatus, 'editorial-signs': $editorial-signs, 'line-numbers': $line-numbers }"/>
    <xsl:variable name="conventions" select="doc(resolve-uri('../../conventions.xml', static-base-uri()))/*/*"/>
    <xsl:for-each select="map:keys($chosen)" xmlns:map="http://www.w3.org/2005/xpath-functions/map">
      <xsl:variable name="allowed" select="tokenize($conventions[@name = current()]/@values)"/>
      <xsl:if test="not($chosen(current()) = $allowed)">
        <xsl:sequence select="error(xs:QName('f:convention'), 'The parameter ' || current() || ' is '''
            || $chosen(current()) || '''; expected one of: ' || string-join($allowed, ', '))"/>
      </xsl:if>
    </xsl:for-each>
    <xsl:next-match/>
  </xsl:template>

  <xsl:variable name="fp:strings" as="element(s:strings)"
      select="doc(resolve-uri('strings.xml', static-base-uri()))/s:strings"/>

  <!-- The language generated text is in: the element's own, else the document's declared
       language, else English. -->
  <xsl:function name="f:text-lang" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="own" select="f:lang($node)"/>
    <xsl:variable name="root" select="root($node)"/>
    <xsl:sequence select="if ($own ne 'und') then $own
        else string(($root//tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language[1]/@ident, 'en')[1])"/>
  </xsl:function>

  <!-- The generated string $key in the language of $node. -->
  <xsl:function name="f:element-string" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="primary" select="lower-case(tokenize(f:text-lang($node), '-')[1])"/>
    <xsl:sequence select="string(($fp:strings/s:language[@code = $primary]/s:s[@key = $key],
                                  $fp:strings/s:language[@code = 'en']/s:s[@key = $key], $key)[1])"/>
  </xsl:function>

  <!-- The opening and closing sign the editorial convention puts around $key. -->
  <xsl:function name="f:editorial-signs" as="xs:string+">
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="convention" select="($fp:strings/s:convention[@name = $editorial-signs],
                                             $fp:strings/s:convention[@name = 'plain'])[1]"/>
    <xsl:variable name="value" select="string(($convention/s:s[@key = $key], '|')[1])"/>
    <xsl:sequence select="if (contains($value, '|')) then (substring-before($value, '|'), substring-after($value, '|'))
                          else ($value, '')"/>
  </xsl:function>

  <xsl:function name="f:has-editorial-sign" as="xs:boolean">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="exists($fp:strings/s:convention[@name = $editorial-signs]/s:s[@key = $key])"/>
  </xsl:function>

  <!-- Generated text, marked so that drivers and checks can tell it from the source's. -->
  <xsl:template name="f:gen">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="role" as="xs:string?" select="()"/>
    <xsl:if test="$text ne ''">
      <tp:gen>
        <xsl:if test="exists($role)"><xsl:attribute name="role" select="$role"/></xsl:if>
        <xsl:value-of select="$text"/>
      </tp:gen>
    </xsl:if>
  </xsl:template>

  <!-- A generic block or inline: the element's id and language carry over, its content is
       normalised as usual. -->
  <xsl:template name="f:lower">
    <xsl:param name="kind" as="xs:string" select="if (f:is-block(.)) then 'block' else 'inline'"/>
    <xsl:param name="role" as="xs:string" select="local-name()"/>
    <xsl:param name="content" as="node()*" select="node()"/>
    <!-- An empty element without an id (TLS marks punctuation as <c n="，"/>) shows nothing. -->
    <xsl:if test="exists($content[self::* or normalize-space()]) or exists(@xml:id)">
    <xsl:element name="tp:{$kind}" namespace="urn:tei-press:normalized">
      <xsl:attribute name="role" select="$role"/>
      <xsl:apply-templates select="@xml:id | @xml:lang | @tp:line | @tp:column"/>
      <xsl:if test="@rend"><xsl:attribute name="rend" select="@rend"/></xsl:if>
      <xsl:apply-templates select="$content"/>
    </xsl:element>
    </xsl:if>
  </xsl:template>

  <!-- Elements that are always blocks, and those that hold blocks rather than text. -->
  <xsl:variable name="fp:block-names" as="xs:string+" select="
      'p', 'ab', 'lg', 'l', 'sp', 'speaker', 'castList', 'castGroup', 'castItem', 'figure', 'table',
      'row', 'list', 'listBibl', 'listPerson', 'listPlace', 'listOrg', 'listEvent', 'listWit', 'head',
      'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7', 'floatingText', 'titlePage',
      'docTitle', 'titlePart', 'docImprint', 'docEdition', 'epigraph', 'argument', 'opener', 'closer',
      'postscript', 'trailer', 'byline', 'set', 'msDesc', 'egXML', 'person', 'place', 'biblStruct'"/>
  <xsl:variable name="fp:container-names" as="xs:string+" select="
      'text', 'front', 'body', 'back', 'group', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6',
      'div7', 'lg', 'sp', 'castList', 'castGroup', 'figure', 'list', 'listBibl', 'item', 'note', 'cell',
      'floatingText', 'titlePage', 'epigraph', 'argument', 'opener', 'closer', 'postscript', 'quote',
      'cit', 'said', 'q', 'msDesc', 'listPerson', 'listPlace', 'person', 'place', 'listWit', 'witness'"/>

  <!-- Blocks whose content is text: what stands in them runs inline. -->
  <xsl:variable name="fp:phrase-names" as="xs:string+" select="
      'p', 'ab', 'head', 'l', 'label', 'speaker', 'titlePart', 'docAuthor', 'byline', 'dateline', 'salute',
      'signed', 'trailer', 'docImprint', 'docDate', 'docEdition', 'bibl', 'stage', 'set', 'roleDesc',
      'castItem', 'role'"/>

  <!-- Whether $e stands as a block: always-blocks do; an element that holds a block does; any
       other element does when it stands among blocks (its parent holds no text of its own and
       is itself a block that holds blocks). Notes and breaks are never blocks. -->
  <xsl:function name="f:is-block" as="xs:boolean" cache="yes">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
        if (fp:never-block($e)) then false()
        else fp:intrinsic-block($e) or fp:holds-blocks($e) or fp:among-blocks($e)"/>
  </xsl:function>

  <xsl:function name="fp:never-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/self::tei:note | $e/self::tei:pb | $e/self::tei:lb | $e/self::tei:cb
        | $e/self::tei:milestone | $e/self::tei:anchor | $e/self::tei:gap)"/>
  </xsl:function>

  <xsl:function name="fp:intrinsic-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/self::tei:*[local-name() = $fp:block-names])
        and empty($e/self::tei:list/parent::tei:p | $e/self::tei:listBibl/parent::tei:p)
        or exists($e/self::tei:quote[tei:p])"/>
  </xsl:function>

  <xsl:function name="fp:holds-blocks" as="xs:boolean" cache="yes">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="some $c in $e/*[not(fp:never-block(.))] satisfies (fp:intrinsic-block($c) or fp:holds-blocks($c))"/>
  </xsl:function>

  <xsl:function name="fp:among-blocks" as="xs:boolean" cache="yes">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="parent" select="$e/parent::*"/>
    <!-- The parts of a register entry, and what they hold, run on in the entry's line. -->
    <xsl:sequence select="exists($parent) and empty($parent/text()[normalize-space()])
        and not(f:is-register-entry($parent) or f:is-register-entry($parent/parent::*))
        and ($parent/self::tei:*/local-name() = $fp:container-names
             or (not($parent/self::tei:*/local-name() = $fp:phrase-names)
                 and (fp:intrinsic-block($parent) or fp:among-blocks($parent))))"/>
  </xsl:function>
</xsl:stylesheet>
