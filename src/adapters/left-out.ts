// The rules of compromise's second tagging pass that the adapter leaves out. Each costs more than
// half a percent of the pass's matching time on statements, and none sets a tag the stages decide
// on: auxiliaries, names, titles, organisations, places, dates, people nouns, prepositions,
// conjunctions, adjectives, possessives, gerunds. Together they take about half of the pass's
// matching time; with them out, every scorer gives what the whole pass gives (see the README's
// figures), and the rules that decide what the stages read (the auxiliaries, the names, a verb
// form after an article read as a noun) still run. Rules are named by their match, as compromise
// writes them.
export const LEFT_OUT: ReadonlySet<string> = new Set([
  // Nouns out of verbs and adjectives in rare frames.
  '#Preposition (a|an) [#Adjective]$',
  '#Determiner [#Adjective]$',
  '#Determiner [#Adjective] (#Copula|#Determiner)',
  'the [#Verb] #Preposition .',
  '(a|an|the) [#Verb] of',
  '#PastTense #Preposition [#PresentTense]',
  '(#Singular && @hasHyphen) #PresentTense',
  '#Infinitive (this|that|the) [#Infinitive]',
  '(the|this|a|an) [#Infinitive] #Adverb? #Verb',
  '#Determiner #Adjective #Adjective? [#Infinitive]',
  '(a|an) #Adjective? #Noun [#Infinitive] (#Preposition|#Noun)',
  'the #Singular [#Infinitive] #Noun',
  '#Verb (all|every|each|most|some|no) [#PresentTense]',
  '#Value #Adjective [#PresentTense]',
  '#PastTense #Adjective+ [#PresentTense]',
  '(#Noun && @hasComma) #Noun (and|or) [#PresentTense]',
  '#Determiner [#PhrasalVerb #Particle]',
  'to #Infinitive [#PresentTense]',
  'the [(can|will|may)]',
  '#Value [#PresentTense] of',
  // Verb forms in rare frames.
  '#Determiner #Modal [#Noun]',
  '#Noun that [#Plural]',
  '%Plural|Verb% %Plural|Verb%',
  '#Modal #Noun [%Noun|Verb%]',
  '[will] #Verb',
  '[%Adj|Past%] and #PastTense',
  'to [%Noun|Verb%] #Preposition',
  '#Verb (up|down|in|on|for)$',
  '#Noun [(#PastTense|#Participle)] by (the|a) #Noun',
  '[had] #Noun+ #PastTense',
  // Commands at a clause's start: statements report them, rarely give them.
  '^please do? not? [#Infinitive #Particle?]',
  '^[#Infinitive] (#Adjective|#Adverb|hard|high|fast|slow)$',
  '^[#Infinitive] (your|my|the|a|an|any|each|every|some|more|with|on)',
  '^[#Infinitive] #Adjective #Noun$',
  '^#Modal you [#Infinitive]',
  '^[#Infinitive] (to|for|into|toward|here|there)',
  // Numbers and determiners.
  '!once? [(a|an)] (#Duration|hundred|thousand|million|billion|trillion)',
  '[second] #Noun',
  '#Noun [(who|whom)]',
]);
