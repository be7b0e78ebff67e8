/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query InvoiceRun($month: String!) {\n    invoiceRun(month: $month) {\n      id\n      month\n      state\n      total\n      done\n      error\n    }\n  }\n": typeof types.InvoiceRunDocument,
    "\n  subscription InvoiceRunChanged {\n    invoiceRunChanged {\n      id\n      month\n      state\n      total\n      done\n      error\n    }\n  }\n": typeof types.InvoiceRunChangedDocument,
    "\n  mutation StartInvoiceRun($month: String!) {\n    startInvoiceRun(month: $month) {\n      id\n      month\n      state\n      total\n      done\n      error\n    }\n  }\n": typeof types.StartInvoiceRunDocument,
    "\n  mutation IssueInvoice($id: ID!, $version: Int!) {\n    issueInvoice(id: $id, version: $version) {\n      ...InvoiceDetails\n    }\n  }\n": typeof types.IssueInvoiceDocument,
    "\n  mutation RebuildInvoiceDraft($id: ID!, $version: Int!) {\n    rebuildInvoiceDraft(id: $id, version: $version) {\n      ...InvoiceDetails\n    }\n  }\n": typeof types.RebuildInvoiceDraftDocument,
    "\n  mutation AdjustInvoiceDraft($input: AdjustInvoiceInput!) {\n    adjustInvoiceDraft(input: $input) {\n      ...InvoiceDetails\n    }\n  }\n": typeof types.AdjustInvoiceDraftDocument,
    "\n  mutation IssueAllInvoices($month: String!) {\n    issueAllInvoices(month: $month)\n  }\n": typeof types.IssueAllInvoicesDocument,
    "\n  mutation CreateCreditNote($input: CreditNoteInput!) {\n    createCreditNote(input: $input) {\n      ...InvoiceDetails\n    }\n  }\n": typeof types.CreateCreditNoteDocument,
    "\n  mutation VoidInvoice($input: VoidInvoiceInput!) {\n    voidInvoice(input: $input) {\n      ...InvoiceDetails\n    }\n  }\n": typeof types.VoidInvoiceDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      amount\n    }\n  }\n": typeof types.RecordPaymentDocument,
    "\n  mutation ImportBankFile($input: BankFileInput!) {\n    importBankFile(input: $input) {\n      bankImport {\n        deposits\n        matched\n      }\n    }\n  }\n": typeof types.ImportBankFileDocument,
    "\n  mutation MatchPayment($paymentId: ID!, $invoiceId: ID!) {\n    matchPayment(paymentId: $paymentId, invoiceId: $invoiceId) {\n      id\n    }\n  }\n": typeof types.MatchPaymentDocument,
    "\n  query AgingReport {\n    agingReport {\n      bucket\n      invoices\n      amount\n    }\n  }\n": typeof types.AgingReportDocument,
    "\n  query PendingCatchUps($month: String!) {\n    pendingCatchUps(month: $month) {\n      clientCompanyId\n      clientName\n      lines\n      subtotal\n    }\n  }\n": typeof types.PendingCatchUpsDocument,
    "\n  fragment CallCenterBoardDetails on CallCenterBoard {\n    queue {\n      call {\n        id\n        state\n        startedAt\n        callingE164\n        dialedE164\n        callerMark\n      }\n      clientName\n      waitingSeconds\n      targetSeconds\n      offeredTo\n      notOffered\n      trainedOnBreak\n    }\n    operators {\n      userId\n      name\n      state\n      since\n      afterCallWorkUntil\n      reason\n      note\n      callRecordId\n    }\n    serviceLevel {\n      answeredWithinTarget\n      answeredLate\n      abandoned\n      waitingOverTarget\n      share\n    }\n    clients {\n      clientCompanyId\n      clientName\n      targetPercent\n      targetSeconds\n      answeredWithinTarget\n      answeredLate\n      abandoned\n      waitingOverTarget\n      share\n      belowTarget\n    }\n  }\n": typeof types.CallCenterBoardDetailsFragmentDoc,
    "\n  query CallCenterBoard {\n    callCenterBoard {\n      ...CallCenterBoardDetails\n    }\n  }\n": typeof types.CallCenterBoardDocument,
    "\n  subscription CallCenterBoardChanged {\n    callCenterBoardChanged {\n      ...CallCenterBoardDetails\n    }\n  }\n": typeof types.CallCenterBoardChangedDocument,
    "\n  mutation SetOperatorState($operatorId: ID!, $state: OperatorState!, $note: String!) {\n    setOperatorState(operatorId: $operatorId, state: $state, note: $note) {\n      userId\n      state\n      reason\n      note\n    }\n  }\n": typeof types.SetOperatorStateDocument,
    "\n  mutation AssignCall($callSessionId: ID!, $operatorId: ID!, $clientCompanyId: ID) {\n    assignCall(\n      callSessionId: $callSessionId\n      operatorId: $operatorId\n      clientCompanyId: $clientCompanyId\n    ) {\n      id\n    }\n  }\n": typeof types.AssignCallDocument,
    "\n  fragment CallerMarkDetails on CallerMark {\n    id\n    clientCompanyId\n    label\n    isPrefix\n    kind\n    status\n    note\n    createdAt\n    version\n  }\n": typeof types.CallerMarkDetailsFragmentDoc,
    "\n  query CallerMarks($clientCompanyId: ID) {\n    callerMarks(clientCompanyId: $clientCompanyId) {\n      ...CallerMarkDetails\n    }\n  }\n": typeof types.CallerMarksDocument,
    "\n  query ProposedCallerMarks {\n    proposedCallerMarks {\n      ...CallerMarkDetails\n    }\n  }\n": typeof types.ProposedCallerMarksDocument,
    "\n  mutation AddCallerMark($input: AddCallerMarkInput!) {\n    addCallerMark(input: $input) {\n      ...CallerMarkDetails\n    }\n  }\n": typeof types.AddCallerMarkDocument,
    "\n  mutation ConfirmCallerMark($input: CallerMarkVersionInput!) {\n    confirmCallerMark(input: $input) {\n      ...CallerMarkDetails\n    }\n  }\n": typeof types.ConfirmCallerMarkDocument,
    "\n  mutation RemoveCallerMark($input: CallerMarkVersionInput!) {\n    removeCallerMark(input: $input) {\n      id\n    }\n  }\n": typeof types.RemoveCallerMarkDocument,
    "\n  mutation ReportNuisanceCaller($input: ReportNuisanceCallerInput!) {\n    reportNuisanceCaller(input: $input) {\n      ...CallerMarkDetails\n    }\n  }\n": typeof types.ReportNuisanceCallerDocument,
    "\n  fragment MyOperatorStatus on OperatorStatus {\n    userId\n    state\n    since\n    afterCallWorkUntil\n    reason\n    note\n    version\n  }\n": typeof types.MyOperatorStatusFragmentDoc,
    "\n  query MyOperatorStatus {\n    myOperatorStatus {\n      ...MyOperatorStatus\n    }\n  }\n": typeof types.MyOperatorStatusDocument,
    "\n  mutation SetMyOperatorState($state: OperatorState!) {\n    setMyOperatorState(state: $state) {\n      ...MyOperatorStatus\n    }\n  }\n": typeof types.SetMyOperatorStateDocument,
    "\n  fragment OfferDetails on OfferView {\n    offer {\n      id\n      callSessionId\n      state\n      offeredAt\n      expiresAt\n    }\n    client {\n      id\n      name\n      escalationContacts {\n        name\n        phone\n        note\n      }\n    }\n    greeting\n    scriptReason\n    coverageSummary\n    callingNational\n    script {\n      id\n      specialInstructions\n      urgentKeywords\n      closingPhrase\n      fields {\n        ...IntakeFieldDetails\n      }\n    }\n    callerHistory {\n      ...IntakeRow\n      memo\n    }\n  }\n": typeof types.OfferDetailsFragmentDoc,
    "\n  query MyOffer {\n    myOffer {\n      ...OfferDetails\n    }\n  }\n": typeof types.MyOfferDocument,
    "\n  subscription OfferForMe {\n    offerForMe {\n      ...OfferDetails\n    }\n  }\n": typeof types.OfferForMeDocument,
    "\n  mutation AcceptOffer($id: ID!) {\n    acceptOffer(id: $id) {\n      ...OfferDetails\n    }\n  }\n": typeof types.AcceptOfferDocument,
    "\n  mutation FinishCall {\n    finishCall {\n      ...MyOperatorStatus\n    }\n  }\n": typeof types.FinishCallDocument,
    "\n  mutation CreateIntake($input: CreateIntakeInput!) {\n    createIntake(input: $input) {\n      ...IntakeRow\n      urgentKeywords\n    }\n  }\n": typeof types.CreateIntakeDocument,
    "\n  mutation RingTestCall($clientCompanyId: ID!) {\n    ringTestCall(clientCompanyId: $clientCompanyId) {\n      id\n      state\n      dialedE164\n    }\n  }\n": typeof types.RingTestCallDocument,
    "\n  mutation ReviewChangeRequest($input: ReviewChangeInput!) {\n    reviewChangeRequest(input: $input) {\n      ...ChangeRequestDetails\n    }\n  }\n": typeof types.ReviewChangeRequestDocument,
    "\n  query ChangeRequestToReview($id: ID!) {\n    changeRequest(id: $id) {\n      ...ChangeRequestDetails\n      liveText\n    }\n  }\n": typeof types.ChangeRequestToReviewDocument,
    "\n  fragment ClientCompanyDetails on ClientCompany {\n    id\n    name\n    nameKana\n    recordPrefix\n    status\n    postalCode\n    address\n    invoiceRecipientName\n    billingEmail\n    reportMethod\n    reportEmail\n    reportFax\n    digestTime\n    escalationContacts {\n      name\n      phone\n      note\n    }\n    nightHours {\n      from\n      until\n    }\n    closedDays {\n      from\n      until\n      reason\n    }\n    voicemailGreeting {\n      durationSeconds\n      updatedAt\n    }\n    version\n  }\n": typeof types.ClientCompanyDetailsFragmentDoc,
    "\n  query ClientCompanies($status: ClientStatus) {\n    clientCompanies(status: $status) {\n      id\n      name\n      nameKana\n      status\n    }\n  }\n": typeof types.ClientCompaniesDocument,
    "\n  query ClientCompany($clientCompanyId: ID!) {\n    clientCompany(clientCompanyId: $clientCompanyId) {\n      ...ClientCompanyDetails\n    }\n  }\n": typeof types.ClientCompanyDocument,
    "\n  query ClientPlanToday($clientCompanyId: ID!) {\n    contract(clientCompanyId: $clientCompanyId) {\n      id\n      currentTerm {\n        id\n        plan {\n          code\n          nameJa\n          nameEn\n        }\n      }\n    }\n  }\n": typeof types.ClientPlanTodayDocument,
    "\n  mutation CreateClientCompany($input: CreateClientCompanyInput!) {\n    createClientCompany(input: $input) {\n      ...ClientCompanyDetails\n    }\n  }\n": typeof types.CreateClientCompanyDocument,
    "\n  mutation UpdateClientCompany($input: UpdateClientCompanyInput!) {\n    updateClientCompany(input: $input) {\n      ...ClientCompanyDetails\n    }\n  }\n": typeof types.UpdateClientCompanyDocument,
    "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      ...ContractDetails\n    }\n  }\n": typeof types.CreateContractDocument,
    "\n  mutation UpdateContract($input: UpdateContractInput!) {\n    updateContract(input: $input) {\n      ...ContractDetails\n    }\n  }\n": typeof types.UpdateContractDocument,
    "\n  mutation ChangePlan($input: ChangePlanInput!) {\n    changePlan(input: $input) {\n      ...PlanTermDetails\n    }\n  }\n": typeof types.ChangePlanDocument,
    "\n  mutation AddContractOption($input: AddContractOptionInput!) {\n    addContractOption(input: $input) {\n      ...ContractOptionDetails\n    }\n  }\n": typeof types.AddContractOptionDocument,
    "\n  mutation EndContractOption($input: EndContractOptionInput!) {\n    endContractOption(input: $input) {\n      ...ContractOptionDetails\n    }\n  }\n": typeof types.EndContractOptionDocument,
    "\n  query DispatchPlan($clientCompanyId: ID) {\n    contract(clientCompanyId: $clientCompanyId) {\n      id\n      currentTerm {\n        id\n        plan {\n          code\n          dispatchIncluded\n        }\n      }\n    }\n  }\n": typeof types.DispatchPlanDocument,
    "\n  query DispatchCandidates($intakeId: ID!, $category: String!, $siteAddress: String!) {\n    dispatchCandidates(intakeId: $intakeId, category: $category, siteAddress: $siteAddress) {\n      cityMatch\n      contractor {\n        id\n        name\n        priority\n      }\n    }\n  }\n": typeof types.DispatchCandidatesDocument,
    "\n  mutation CreateDispatch($input: CreateDispatchInput!) {\n    createDispatch(input: $input) {\n      ...DispatchDetails\n    }\n  }\n": typeof types.CreateDispatchDocument,
    "\n  mutation RecordDispatchReply($input: DispatchReplyInput!) {\n    recordDispatchReply(input: $input) {\n      ...DispatchDetails\n    }\n  }\n": typeof types.RecordDispatchReplyDocument,
    "\n  mutation ResendDispatch($input: ResendDispatchInput!) {\n    resendDispatch(input: $input) {\n      ...DispatchDetails\n    }\n  }\n": typeof types.ResendDispatchDocument,
    "\n  query OutboundMessages($clientCompanyId: ID, $first: Int!) {\n    outboundMessages(clientCompanyId: $clientCompanyId, first: $first) {\n      id\n      clientCompanyId\n      purpose\n      channel\n      recipient\n      subject\n      status\n      attempts\n      lastError\n      sentAt\n      reportedAt\n      createdAt\n    }\n  }\n": typeof types.OutboundMessagesDocument,
    "\n  query UnmatchedDeliveryReports {\n    deliveryReports(unmatchedOnly: true, first: 20) {\n      id\n      source\n      outcome\n      subject\n      detail\n      receivedAt\n    }\n  }\n": typeof types.UnmatchedDeliveryReportsDocument,
    "\n  mutation CreateFaqItem($input: CreateFaqItemInput!) {\n    createFaqItem(input: $input) {\n      ...FaqItemDetails\n    }\n  }\n": typeof types.CreateFaqItemDocument,
    "\n  mutation UpdateFaqItem($input: UpdateFaqItemInput!) {\n    updateFaqItem(input: $input) {\n      ...FaqItemDetails\n    }\n  }\n": typeof types.UpdateFaqItemDocument,
    "\n  mutation CorrectIntake($input: CorrectIntakeInput!) {\n    correctIntake(input: $input) {\n      id\n      version\n      fields\n      memo\n      callingNational\n      correctedAfterReport\n    }\n  }\n": typeof types.CorrectIntakeDocument,
    "\n  query InboundMails($status: InboundMailStatus, $first: Int!) {\n    inboundMails(status: $status, first: $first) {\n      id\n      receivedAt\n      address\n      kind\n      status\n      reason\n      mailFrom\n      fromText\n      subject\n      size\n      intakeId\n      senderTrust\n      spf\n      dkim\n      dmarc\n      clientCompany {\n        id\n        name\n      }\n      attachments {\n        fileName\n        size\n      }\n    }\n  }\n": typeof types.InboundMailsDocument,
    "\n  query MailQueue {\n    mailQueue {\n      ...DeskMail\n    }\n  }\n  fragment DeskMail on InboundMail {\n    id\n    receivedAt\n    kind\n    fromText\n    subject\n    department\n    vip\n    intakeId\n    clientCompany {\n      id\n      name\n    }\n  }\n": typeof types.MailQueueDocument,
    "\n  query MyMailOffer {\n    myMailOffer {\n      id\n      expiresAt\n      mail {\n        ...DeskMail\n      }\n    }\n  }\n": typeof types.MyMailOfferDocument,
    "\n  subscription MailOfferForMe {\n    mailOfferForMe {\n      id\n    }\n  }\n": typeof types.MailOfferForMeDocument,
    "\n  query MailsInHand {\n    mailsInHand {\n      ...DeskMail\n    }\n  }\n": typeof types.MailsInHandDocument,
    "\n  mutation TakeMail($id: ID!) {\n    takeMail(id: $id) {\n      id\n      takenBy\n    }\n  }\n": typeof types.TakeMailDocument,
    "\n  mutation FinishMail($id: ID!) {\n    finishMail(id: $id) {\n      id\n      finishedAt\n    }\n  }\n": typeof types.FinishMailDocument,
    "\n  query ReplyTemplates($clientCompanyId: ID!) {\n    replyTemplates(clientCompanyId: $clientCompanyId) {\n      id\n      name\n      subject\n      body\n      autoReply\n      version\n    }\n  }\n": typeof types.ReplyTemplatesDocument,
    "\n  query DraftReply($inboundMailId: ID!, $templateId: ID!) {\n    draftReply(inboundMailId: $inboundMailId, templateId: $templateId) {\n      subject\n      body\n    }\n  }\n": typeof types.DraftReplyDocument,
    "\n  mutation ReplyToMail($input: ReplyToMailInput!) {\n    replyToMail(input: $input) {\n      id\n    }\n  }\n": typeof types.ReplyToMailDocument,
    "\n  subscription MailRecordChanged {\n    intakeRecordChanged {\n      id\n      channel\n    }\n  }\n": typeof types.MailRecordChangedDocument,
    "\n  query InboundAddresses($clientCompanyId: ID!) {\n    inboundAddresses(clientCompanyId: $clientCompanyId) {\n      id\n      address\n      kind\n      label\n    }\n  }\n": typeof types.InboundAddressesDocument,
    "\n  mutation AddInboundAddress($input: AddInboundAddressInput!) {\n    addInboundAddress(input: $input) {\n      id\n    }\n  }\n": typeof types.AddInboundAddressDocument,
    "\n  mutation RemoveInboundAddress($id: ID!) {\n    removeInboundAddress(id: $id)\n  }\n": typeof types.RemoveInboundAddressDocument,
    "\n  mutation SaveReplyTemplate($input: SaveReplyTemplateInput!) {\n    saveReplyTemplate(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.SaveReplyTemplateDocument,
    "\n  mutation DeleteReplyTemplate($id: ID!) {\n    deleteReplyTemplate(id: $id)\n  }\n": typeof types.DeleteReplyTemplateDocument,
    "\n  query Mailboxes($clientCompanyId: ID!) {\n    mailboxes(clientCompanyId: $clientCompanyId) {\n      ...MailboxDetails\n    }\n  }\n  fragment MailboxDetails on Mailbox {\n    id\n    kind\n    label\n    host\n    port\n    tls\n    username\n    folder\n    status\n    problem\n    lastError\n    checkedAt\n  }\n": typeof types.MailboxesDocument,
    "\n  mutation AddMailbox($input: AddMailboxInput!) {\n    addMailbox(input: $input) {\n      ...MailboxDetails\n    }\n  }\n": typeof types.AddMailboxDocument,
    "\n  mutation CheckMailbox($id: ID!) {\n    checkMailbox(id: $id) {\n      ...MailboxDetails\n    }\n  }\n": typeof types.CheckMailboxDocument,
    "\n  mutation SetMailboxPassword($id: ID!, $password: String!) {\n    setMailboxPassword(id: $id, password: $password) {\n      ...MailboxDetails\n    }\n  }\n": typeof types.SetMailboxPasswordDocument,
    "\n  mutation RemoveMailbox($id: ID!) {\n    removeMailbox(id: $id)\n  }\n": typeof types.RemoveMailboxDocument,
    "\n  query MailRoutingRules($clientCompanyId: ID!) {\n    mailRoutingRules(clientCompanyId: $clientCompanyId) {\n      id\n      kind\n      pattern\n      department\n    }\n  }\n": typeof types.MailRoutingRulesDocument,
    "\n  mutation AddMailRoutingRule($input: AddMailRoutingRuleInput!) {\n    addMailRoutingRule(input: $input) {\n      id\n    }\n  }\n": typeof types.AddMailRoutingRuleDocument,
    "\n  mutation RemoveMailRoutingRule($id: ID!) {\n    removeMailRoutingRule(id: $id)\n  }\n": typeof types.RemoveMailRoutingRuleDocument,
    "\n  mutation RequestPhoneNumber($input: RequestPhoneNumberInput!) {\n    requestPhoneNumber(input: $input) {\n      ...PhoneNumberDetails\n    }\n  }\n": typeof types.RequestPhoneNumberDocument,
    "\n  mutation ChangePhoneNumberStatus($input: ChangeNumberStatusInput!) {\n    changePhoneNumberStatus(input: $input) {\n      ...PhoneNumberDetails\n    }\n  }\n": typeof types.ChangePhoneNumberStatusDocument,
    "\n  mutation UpdatePhoneNumber($input: UpdatePhoneNumberInput!) {\n    updatePhoneNumber(input: $input) {\n      ...PhoneNumberDetails\n    }\n  }\n": typeof types.UpdatePhoneNumberDocument,
    "\n  fragment PriceVersion on PlanPriceVersion {\n    id\n    effectiveFrom\n    monthlyFee\n    includedCalls\n    overagePerCall\n    includedMails\n    overagePerMail\n  }\n": typeof types.PriceVersionFragmentDoc,
    "\n  query PlanCatalogue {\n    planCatalogue {\n      ...PlanSummary\n      description\n      dispatchIncluded\n      emailHandling\n      currentPrice {\n        ...PriceVersion\n      }\n      prices {\n        ...PriceVersion\n      }\n    }\n  }\n": typeof types.PlanCatalogueDocument,
    "\n  mutation AddPlanPrice($input: AddPlanPriceInput!) {\n    addPlanPrice(input: $input) {\n      ...PriceVersion\n    }\n  }\n": typeof types.AddPlanPriceDocument,
    "\n  query Script($clientCompanyId: ID!, $variant: ScriptVariant! = DEFAULT) {\n    script(clientCompanyId: $clientCompanyId, variant: $variant) {\n      id\n      clientCompanyId\n      variant\n      version\n      publishedVersionNo\n      draft {\n        greeting\n        specialInstructions\n        urgentKeywords\n        closingPhrase\n        fields {\n          ...IntakeFieldDetails\n        }\n      }\n    }\n  }\n": typeof types.ScriptDocument,
    "\n  query ScriptVersions($clientCompanyId: ID!, $variant: ScriptVariant! = DEFAULT) {\n    scriptVersions(clientCompanyId: $clientCompanyId, variant: $variant) {\n      id\n      versionNo\n      publishedAt\n    }\n  }\n": typeof types.ScriptVersionsDocument,
    "\n  mutation SaveScriptDraft($input: SaveScriptDraftInput!) {\n    saveScriptDraft(input: $input) {\n      id\n      clientCompanyId\n      variant\n      version\n      publishedVersionNo\n      draft {\n        greeting\n        specialInstructions\n        urgentKeywords\n        closingPhrase\n        fields {\n          ...IntakeFieldDetails\n        }\n      }\n    }\n  }\n": typeof types.SaveScriptDraftDocument,
    "\n  mutation PublishScript($input: PublishScriptInput!) {\n    publishScript(input: $input) {\n      ...PublishedScript\n    }\n  }\n": typeof types.PublishScriptDocument,
    "\n  query Skills {\n    clientGroups {\n      id\n      name\n      clientCompanyIds\n    }\n    callTakers {\n      userId\n      name\n      role\n      groupIds\n    }\n    clientCompanies {\n      id\n      name\n    }\n  }\n": typeof types.SkillsDocument,
    "\n  mutation SaveClientGroup($name: String!, $clientCompanyIds: [ID!]!) {\n    saveClientGroup(name: $name, clientCompanyIds: $clientCompanyIds) {\n      id\n      name\n      clientCompanyIds\n    }\n  }\n": typeof types.SaveClientGroupDocument,
    "\n  mutation SetOperatorSkills($userId: ID!, $groupIds: [ID!]!) {\n    setOperatorSkills(userId: $userId, groupIds: $groupIds) {\n      id\n    }\n  }\n": typeof types.SetOperatorSkillsDocument,
    "\n  query PhoneCredentials {\n    softphoneCredentials {\n      wsUrl\n      sipUri\n      authorizationUser\n      password\n      expiresAt\n    }\n    twilioVoiceToken {\n      token\n      edge\n      expiresAt\n    }\n  }\n": typeof types.PhoneCredentialsDocument,
    "\n  mutation StartCallback($id: ID!) {\n    startCallback(id: $id) {\n      callSessionId\n      provider\n      dial\n      toNational\n      callerIdNational\n      recorded\n    }\n  }\n": typeof types.StartCallbackDocument,
    "\n  mutation SetVoicemailGreeting($input: VoicemailGreetingInput!) {\n    setVoicemailGreeting(input: $input) {\n      durationSeconds\n      updatedAt\n    }\n  }\n": typeof types.SetVoicemailGreetingDocument,
    "\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      uri\n      qrSvg\n    }\n  }\n": typeof types.StartTwoFactorSetupDocument,
    "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code) {\n      id\n      totpEnabledAt\n    }\n  }\n": typeof types.ConfirmTwoFactorDocument,
    "\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code) {\n      id\n      totpEnabledAt\n    }\n  }\n": typeof types.DisableTwoFactorDocument,
    "\n  query AuditLog(\n    $first: Int\n    $before: ID\n    $action: String\n    $clientCompanyId: ID\n    $from: String\n    $to: String\n  ) {\n    auditLog(\n      first: $first\n      before: $before\n      action: $action\n      clientCompanyId: $clientCompanyId\n      from: $from\n      to: $to\n    ) {\n      id\n      createdAt\n      actorName\n      actorRole\n      systemEntry\n      clientCompanyId\n      clientName\n      action\n      entityType\n      entityId\n      before\n      after\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment InvoiceDetails on Invoice {\n    id\n    kind\n    state\n    status\n    month\n    number\n    issueDate\n    dueDate\n    recipientName\n    lines\n    totals\n    total\n    paidAmount\n    balance\n    reason\n    version\n    clientCompany {\n      id\n      name\n    }\n  }\n": typeof types.InvoiceDetailsFragmentDoc,
    "\n  query Invoices($month: String, $clientCompanyId: ID) {\n    invoices(month: $month, clientCompanyId: $clientCompanyId, first: 500) {\n      ...InvoiceDetails\n    }\n  }\n": typeof types.InvoicesDocument,
    "\n  query Payments($unmatchedOnly: Boolean, $clientCompanyId: ID) {\n    payments(unmatchedOnly: $unmatchedOnly, clientCompanyId: $clientCompanyId, first: 200) {\n      id\n      clientCompanyId\n      receivedOn\n      amount\n      unallocated\n      payerName\n      method\n      source\n    }\n  }\n": typeof types.PaymentsDocument,
    "\n  mutation WriteOffBankFee($invoiceId: ID!) {\n    writeOffBankFee(invoiceId: $invoiceId) {\n      ...InvoiceDetails\n    }\n  }\n": typeof types.WriteOffBankFeeDocument,
    "\n  fragment ChangeRequestDetails on ChangeRequest {\n    id\n    clientCompanyId\n    target\n    subject\n    subjectKey\n    faqItemId\n    currentText\n    proposedText\n    appliedText\n    message\n    status\n    reviewComment\n    reviewedAt\n    createdAt\n  }\n": typeof types.ChangeRequestDetailsFragmentDoc,
    "\n  query ChangeRequests($status: ChangeRequestStatus) {\n    changeRequests(status: $status) {\n      ...ChangeRequestDetails\n    }\n  }\n": typeof types.ChangeRequestsDocument,
    "\n  mutation RequestChange($input: RequestChangeInput!) {\n    requestChange(input: $input) {\n      ...ChangeRequestDetails\n    }\n  }\n": typeof types.RequestChangeDocument,
    "\n  fragment CompanySettings on ClientCompany {\n    id\n    version\n    reportMethod\n    reportEmail\n    reportFax\n    digestTime\n    escalationContacts {\n      name\n      phone\n      note\n    }\n  }\n": typeof types.CompanySettingsFragmentDoc,
    "\n  query CompanySettingsOf($clientCompanyId: ID) {\n    clientCompany(clientCompanyId: $clientCompanyId) {\n      ...CompanySettings\n    }\n  }\n": typeof types.CompanySettingsOfDocument,
    "\n  mutation UpdateCompanySettings($input: CompanySettingsInput!) {\n    updateCompanySettings(input: $input) {\n      ...CompanySettings\n    }\n  }\n": typeof types.UpdateCompanySettingsDocument,
    "\n  fragment ContractorDetails on Contractor {\n    id\n    clientCompanyId\n    name\n    areas {\n      prefecture\n      city\n    }\n    categories\n    channels {\n      kind\n      address\n      hours {\n        start\n        end\n      }\n    }\n    priority\n    active\n    note\n    version\n  }\n": typeof types.ContractorDetailsFragmentDoc,
    "\n  query Contractors($clientCompanyId: ID) {\n    contractors(clientCompanyId: $clientCompanyId) {\n      ...ContractorDetails\n    }\n  }\n": typeof types.ContractorsDocument,
    "\n  mutation SaveContractor($input: SaveContractorInput!) {\n    saveContractor(input: $input) {\n      ...ContractorDetails\n    }\n  }\n": typeof types.SaveContractorDocument,
    "\n  fragment ContractOptionDetails on ContractOption {\n    id\n    kind\n    description\n    quantity\n    monthlyFee\n    oneOffFee\n    startDate\n    endDate\n    earlyTerminationFee\n    equipmentModel\n    acquisition\n    phoneNumberId\n  }\n": typeof types.ContractOptionDetailsFragmentDoc,
    "\n  fragment PlanTermDetails on ContractPlanTerm {\n    id\n    effectiveFrom\n    monthlyFeeOverride\n    includedCallsOverride\n    overagePerCallOverride\n    plan {\n      ...PlanSummary\n    }\n    price {\n      monthlyFee\n      includedCalls\n      overagePerCall\n    }\n  }\n": typeof types.PlanTermDetailsFragmentDoc,
    "\n  fragment ContractDetails on Contract {\n    id\n    clientCompanyId\n    startDate\n    endDate\n    holidayRule\n    coverageSummary\n    billingTerms\n    serviceLevelPercent\n    serviceLevelSeconds\n    version\n    coverageWindows {\n      weekday\n      start\n      end\n    }\n    currentTerm {\n      ...PlanTermDetails\n    }\n    planTerms {\n      ...PlanTermDetails\n    }\n    options {\n      ...ContractOptionDetails\n    }\n  }\n": typeof types.ContractDetailsFragmentDoc,
    "\n  query Contract($clientCompanyId: ID) {\n    contract(clientCompanyId: $clientCompanyId) {\n      ...ContractDetails\n    }\n  }\n": typeof types.ContractDocument,
    "\n  fragment DispatchDetails on Dispatch {\n    id\n    dispatchNo\n    intakeId\n    clientCompanyId\n    status\n    alert\n    category\n    siteAddress\n    urgent\n    instructions\n    overrideReason\n    acknowledgedAt\n    acknowledgedVia\n    replyNote\n    createdAt\n    version\n    contractor {\n      id\n      name\n      channels {\n        kind\n        address\n      }\n    }\n    messages {\n      id\n      channel\n      recipient\n      status\n      attempts\n      lastError\n      sentAt\n      reportedAt\n      createdAt\n    }\n  }\n": typeof types.DispatchDetailsFragmentDoc,
    "\n  query Dispatches($clientCompanyId: ID, $intakeId: ID, $statuses: [DispatchStatus!]) {\n    dispatches(clientCompanyId: $clientCompanyId, intakeId: $intakeId, statuses: $statuses) {\n      ...DispatchDetails\n    }\n  }\n": typeof types.DispatchesDocument,
    "\n  subscription DispatchChanged($clientCompanyId: ID) {\n    dispatchChanged(clientCompanyId: $clientCompanyId) {\n      ...DispatchDetails\n    }\n  }\n": typeof types.DispatchChangedDocument,
    "\n  fragment FaqItemDetails on FaqItem {\n    id\n    question\n    answer\n    tags\n    enabled\n    sortOrder\n    version\n  }\n": typeof types.FaqItemDetailsFragmentDoc,
    "\n  query FaqItems($clientCompanyId: ID, $search: String, $includeDisabled: Boolean! = false) {\n    faqItems(\n      clientCompanyId: $clientCompanyId\n      search: $search\n      includeDisabled: $includeDisabled\n    ) {\n      ...FaqItemDetails\n    }\n  }\n": typeof types.FaqItemsDocument,
    "\n  fragment IntakeRow on IntakeRecord {\n    id\n    recordNumber\n    clientCompanyId\n    receivedAt\n    channel\n    callingNational\n    fields\n    status\n    urgent\n    version\n    allowedTransitions\n  }\n": typeof types.IntakeRowFragmentDoc,
    "\n  query IntakeRecords(\n    $clientCompanyId: ID\n    $from: String\n    $to: String\n    $statuses: [IntakeStatus!]\n    $callingNumber: String\n    $text: String\n    $first: Int!\n    $after: String\n  ) {\n    intakeRecords(\n      clientCompanyId: $clientCompanyId\n      from: $from\n      to: $to\n      statuses: $statuses\n      callingNumber: $callingNumber\n      text: $text\n      first: $first\n      after: $after\n    ) {\n      items {\n        ...IntakeRow\n      }\n      nextCursor\n    }\n  }\n": typeof types.IntakeRecordsDocument,
    "\n  query IntakeRecord($id: ID!) {\n    intakeRecord(id: $id) {\n      ...IntakeRow\n      memo\n      scriptVersionId\n      correctedAfterReport\n      corrections {\n        id\n        reason\n        afterReport\n        createdAt\n        changes {\n          key\n          label\n          before\n          after\n        }\n      }\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        note\n        changedAt\n      }\n      comments {\n        id\n        body\n        createdAt\n      }\n      recordings {\n        id\n        kind\n        createdAt\n        durationSeconds\n        deleteOn\n        playUrl\n      }\n      mail {\n        id\n        kind\n        fromText\n        subject\n        textMisdecoded\n        senderTrust\n        spf\n        dkim\n        dmarc\n        attachments {\n          fileName\n          contentType\n          size\n          pages\n        }\n        takenBy\n        replies {\n          id\n          subject\n          body\n          sentBy\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.IntakeRecordDocument,
    "\n  subscription IntakeRecordChanged {\n    intakeRecordChanged {\n      ...IntakeRow\n    }\n  }\n": typeof types.IntakeRecordChangedDocument,
    "\n  mutation ChangeIntakeStatus($input: ChangeIntakeStatusInput!) {\n    changeIntakeStatus(input: $input) {\n      ...IntakeRow\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        note\n        changedAt\n      }\n    }\n  }\n": typeof types.ChangeIntakeStatusDocument,
    "\n  mutation AddIntakeComment($intakeId: ID!, $body: String!) {\n    addIntakeComment(intakeId: $intakeId, body: $body) {\n      id\n      body\n      createdAt\n    }\n  }\n": typeof types.AddIntakeCommentDocument,
    "\n  fragment PhoneNumberDetails on PhoneNumber {\n    id\n    national\n    kind\n    status\n    label\n    forwardToNational\n    expectedOpenDate\n    movingUntil\n    approvalNote\n    version\n  }\n": typeof types.PhoneNumberDetailsFragmentDoc,
    "\n  query PhoneNumbers($clientCompanyId: ID) {\n    phoneNumbers(clientCompanyId: $clientCompanyId) {\n      ...PhoneNumberDetails\n    }\n  }\n": typeof types.PhoneNumbersDocument,
    "\n  fragment PlanSummary on Plan {\n    code\n    nameJa\n    nameEn\n    faqLimit\n    extraFieldsAllowed\n  }\n": typeof types.PlanSummaryFragmentDoc,
    "\n  fragment IntakeFieldDetails on IntakeFieldType_ {\n    key\n    label\n    type\n    required\n    helpText\n    options\n  }\n": typeof types.IntakeFieldDetailsFragmentDoc,
    "\n  fragment PublishedScript on ScriptVersion {\n    id\n    versionNo\n    publishedAt\n    greeting\n    specialInstructions\n    urgentKeywords\n    closingPhrase\n    fields {\n      ...IntakeFieldDetails\n    }\n  }\n": typeof types.PublishedScriptFragmentDoc,
    "\n  query PublishedScript($clientCompanyId: ID, $variant: ScriptVariant! = DEFAULT) {\n    publishedScript(clientCompanyId: $clientCompanyId, variant: $variant) {\n      ...PublishedScript\n    }\n  }\n": typeof types.PublishedScriptDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n    permissions\n    locale\n    totpEnabledAt\n    twoFactorRequired\n    clientCompany {\n      id\n      name\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!, $code: String) {\n    login(email: $email, password: $password, code: $code) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshToken {\n    refreshToken {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPasswordWithLink($token: String!, $newPassword: String!) {\n    resetPasswordWithLink(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordWithLinkDocument,
    "\n  query UsageThisMonth($clientCompanyId: ID) {\n    usageThisMonth(clientCompanyId: $clientCompanyId) {\n      month\n      calls\n      mails\n      includedCalls\n      overCalls\n      mailsBilledApart\n      includedMails\n      overMails\n    }\n  }\n": typeof types.UsageThisMonthDocument,
    "\n  query CompanyUsers($clientCompanyId: ID) {\n    users(clientCompanyId: $clientCompanyId) {\n      id\n      name\n      email\n      role\n      createdAt\n      active\n      version\n      totpEnabledAt\n    }\n  }\n": typeof types.CompanyUsersDocument,
    "\n  mutation SetUserActive($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      active\n      version\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  mutation ResetTwoFactor($userId: ID!) {\n    resetTwoFactor(userId: $userId) {\n      id\n      totpEnabledAt\n    }\n  }\n": typeof types.ResetTwoFactorDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      name\n      email\n      role\n      createdAt\n    }\n  }\n": typeof types.CreateUserDocument,
};
const documents: Documents = {
    "\n  query InvoiceRun($month: String!) {\n    invoiceRun(month: $month) {\n      id\n      month\n      state\n      total\n      done\n      error\n    }\n  }\n": types.InvoiceRunDocument,
    "\n  subscription InvoiceRunChanged {\n    invoiceRunChanged {\n      id\n      month\n      state\n      total\n      done\n      error\n    }\n  }\n": types.InvoiceRunChangedDocument,
    "\n  mutation StartInvoiceRun($month: String!) {\n    startInvoiceRun(month: $month) {\n      id\n      month\n      state\n      total\n      done\n      error\n    }\n  }\n": types.StartInvoiceRunDocument,
    "\n  mutation IssueInvoice($id: ID!, $version: Int!) {\n    issueInvoice(id: $id, version: $version) {\n      ...InvoiceDetails\n    }\n  }\n": types.IssueInvoiceDocument,
    "\n  mutation RebuildInvoiceDraft($id: ID!, $version: Int!) {\n    rebuildInvoiceDraft(id: $id, version: $version) {\n      ...InvoiceDetails\n    }\n  }\n": types.RebuildInvoiceDraftDocument,
    "\n  mutation AdjustInvoiceDraft($input: AdjustInvoiceInput!) {\n    adjustInvoiceDraft(input: $input) {\n      ...InvoiceDetails\n    }\n  }\n": types.AdjustInvoiceDraftDocument,
    "\n  mutation IssueAllInvoices($month: String!) {\n    issueAllInvoices(month: $month)\n  }\n": types.IssueAllInvoicesDocument,
    "\n  mutation CreateCreditNote($input: CreditNoteInput!) {\n    createCreditNote(input: $input) {\n      ...InvoiceDetails\n    }\n  }\n": types.CreateCreditNoteDocument,
    "\n  mutation VoidInvoice($input: VoidInvoiceInput!) {\n    voidInvoice(input: $input) {\n      ...InvoiceDetails\n    }\n  }\n": types.VoidInvoiceDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      amount\n    }\n  }\n": types.RecordPaymentDocument,
    "\n  mutation ImportBankFile($input: BankFileInput!) {\n    importBankFile(input: $input) {\n      bankImport {\n        deposits\n        matched\n      }\n    }\n  }\n": types.ImportBankFileDocument,
    "\n  mutation MatchPayment($paymentId: ID!, $invoiceId: ID!) {\n    matchPayment(paymentId: $paymentId, invoiceId: $invoiceId) {\n      id\n    }\n  }\n": types.MatchPaymentDocument,
    "\n  query AgingReport {\n    agingReport {\n      bucket\n      invoices\n      amount\n    }\n  }\n": types.AgingReportDocument,
    "\n  query PendingCatchUps($month: String!) {\n    pendingCatchUps(month: $month) {\n      clientCompanyId\n      clientName\n      lines\n      subtotal\n    }\n  }\n": types.PendingCatchUpsDocument,
    "\n  fragment CallCenterBoardDetails on CallCenterBoard {\n    queue {\n      call {\n        id\n        state\n        startedAt\n        callingE164\n        dialedE164\n        callerMark\n      }\n      clientName\n      waitingSeconds\n      targetSeconds\n      offeredTo\n      notOffered\n      trainedOnBreak\n    }\n    operators {\n      userId\n      name\n      state\n      since\n      afterCallWorkUntil\n      reason\n      note\n      callRecordId\n    }\n    serviceLevel {\n      answeredWithinTarget\n      answeredLate\n      abandoned\n      waitingOverTarget\n      share\n    }\n    clients {\n      clientCompanyId\n      clientName\n      targetPercent\n      targetSeconds\n      answeredWithinTarget\n      answeredLate\n      abandoned\n      waitingOverTarget\n      share\n      belowTarget\n    }\n  }\n": types.CallCenterBoardDetailsFragmentDoc,
    "\n  query CallCenterBoard {\n    callCenterBoard {\n      ...CallCenterBoardDetails\n    }\n  }\n": types.CallCenterBoardDocument,
    "\n  subscription CallCenterBoardChanged {\n    callCenterBoardChanged {\n      ...CallCenterBoardDetails\n    }\n  }\n": types.CallCenterBoardChangedDocument,
    "\n  mutation SetOperatorState($operatorId: ID!, $state: OperatorState!, $note: String!) {\n    setOperatorState(operatorId: $operatorId, state: $state, note: $note) {\n      userId\n      state\n      reason\n      note\n    }\n  }\n": types.SetOperatorStateDocument,
    "\n  mutation AssignCall($callSessionId: ID!, $operatorId: ID!, $clientCompanyId: ID) {\n    assignCall(\n      callSessionId: $callSessionId\n      operatorId: $operatorId\n      clientCompanyId: $clientCompanyId\n    ) {\n      id\n    }\n  }\n": types.AssignCallDocument,
    "\n  fragment CallerMarkDetails on CallerMark {\n    id\n    clientCompanyId\n    label\n    isPrefix\n    kind\n    status\n    note\n    createdAt\n    version\n  }\n": types.CallerMarkDetailsFragmentDoc,
    "\n  query CallerMarks($clientCompanyId: ID) {\n    callerMarks(clientCompanyId: $clientCompanyId) {\n      ...CallerMarkDetails\n    }\n  }\n": types.CallerMarksDocument,
    "\n  query ProposedCallerMarks {\n    proposedCallerMarks {\n      ...CallerMarkDetails\n    }\n  }\n": types.ProposedCallerMarksDocument,
    "\n  mutation AddCallerMark($input: AddCallerMarkInput!) {\n    addCallerMark(input: $input) {\n      ...CallerMarkDetails\n    }\n  }\n": types.AddCallerMarkDocument,
    "\n  mutation ConfirmCallerMark($input: CallerMarkVersionInput!) {\n    confirmCallerMark(input: $input) {\n      ...CallerMarkDetails\n    }\n  }\n": types.ConfirmCallerMarkDocument,
    "\n  mutation RemoveCallerMark($input: CallerMarkVersionInput!) {\n    removeCallerMark(input: $input) {\n      id\n    }\n  }\n": types.RemoveCallerMarkDocument,
    "\n  mutation ReportNuisanceCaller($input: ReportNuisanceCallerInput!) {\n    reportNuisanceCaller(input: $input) {\n      ...CallerMarkDetails\n    }\n  }\n": types.ReportNuisanceCallerDocument,
    "\n  fragment MyOperatorStatus on OperatorStatus {\n    userId\n    state\n    since\n    afterCallWorkUntil\n    reason\n    note\n    version\n  }\n": types.MyOperatorStatusFragmentDoc,
    "\n  query MyOperatorStatus {\n    myOperatorStatus {\n      ...MyOperatorStatus\n    }\n  }\n": types.MyOperatorStatusDocument,
    "\n  mutation SetMyOperatorState($state: OperatorState!) {\n    setMyOperatorState(state: $state) {\n      ...MyOperatorStatus\n    }\n  }\n": types.SetMyOperatorStateDocument,
    "\n  fragment OfferDetails on OfferView {\n    offer {\n      id\n      callSessionId\n      state\n      offeredAt\n      expiresAt\n    }\n    client {\n      id\n      name\n      escalationContacts {\n        name\n        phone\n        note\n      }\n    }\n    greeting\n    scriptReason\n    coverageSummary\n    callingNational\n    script {\n      id\n      specialInstructions\n      urgentKeywords\n      closingPhrase\n      fields {\n        ...IntakeFieldDetails\n      }\n    }\n    callerHistory {\n      ...IntakeRow\n      memo\n    }\n  }\n": types.OfferDetailsFragmentDoc,
    "\n  query MyOffer {\n    myOffer {\n      ...OfferDetails\n    }\n  }\n": types.MyOfferDocument,
    "\n  subscription OfferForMe {\n    offerForMe {\n      ...OfferDetails\n    }\n  }\n": types.OfferForMeDocument,
    "\n  mutation AcceptOffer($id: ID!) {\n    acceptOffer(id: $id) {\n      ...OfferDetails\n    }\n  }\n": types.AcceptOfferDocument,
    "\n  mutation FinishCall {\n    finishCall {\n      ...MyOperatorStatus\n    }\n  }\n": types.FinishCallDocument,
    "\n  mutation CreateIntake($input: CreateIntakeInput!) {\n    createIntake(input: $input) {\n      ...IntakeRow\n      urgentKeywords\n    }\n  }\n": types.CreateIntakeDocument,
    "\n  mutation RingTestCall($clientCompanyId: ID!) {\n    ringTestCall(clientCompanyId: $clientCompanyId) {\n      id\n      state\n      dialedE164\n    }\n  }\n": types.RingTestCallDocument,
    "\n  mutation ReviewChangeRequest($input: ReviewChangeInput!) {\n    reviewChangeRequest(input: $input) {\n      ...ChangeRequestDetails\n    }\n  }\n": types.ReviewChangeRequestDocument,
    "\n  query ChangeRequestToReview($id: ID!) {\n    changeRequest(id: $id) {\n      ...ChangeRequestDetails\n      liveText\n    }\n  }\n": types.ChangeRequestToReviewDocument,
    "\n  fragment ClientCompanyDetails on ClientCompany {\n    id\n    name\n    nameKana\n    recordPrefix\n    status\n    postalCode\n    address\n    invoiceRecipientName\n    billingEmail\n    reportMethod\n    reportEmail\n    reportFax\n    digestTime\n    escalationContacts {\n      name\n      phone\n      note\n    }\n    nightHours {\n      from\n      until\n    }\n    closedDays {\n      from\n      until\n      reason\n    }\n    voicemailGreeting {\n      durationSeconds\n      updatedAt\n    }\n    version\n  }\n": types.ClientCompanyDetailsFragmentDoc,
    "\n  query ClientCompanies($status: ClientStatus) {\n    clientCompanies(status: $status) {\n      id\n      name\n      nameKana\n      status\n    }\n  }\n": types.ClientCompaniesDocument,
    "\n  query ClientCompany($clientCompanyId: ID!) {\n    clientCompany(clientCompanyId: $clientCompanyId) {\n      ...ClientCompanyDetails\n    }\n  }\n": types.ClientCompanyDocument,
    "\n  query ClientPlanToday($clientCompanyId: ID!) {\n    contract(clientCompanyId: $clientCompanyId) {\n      id\n      currentTerm {\n        id\n        plan {\n          code\n          nameJa\n          nameEn\n        }\n      }\n    }\n  }\n": types.ClientPlanTodayDocument,
    "\n  mutation CreateClientCompany($input: CreateClientCompanyInput!) {\n    createClientCompany(input: $input) {\n      ...ClientCompanyDetails\n    }\n  }\n": types.CreateClientCompanyDocument,
    "\n  mutation UpdateClientCompany($input: UpdateClientCompanyInput!) {\n    updateClientCompany(input: $input) {\n      ...ClientCompanyDetails\n    }\n  }\n": types.UpdateClientCompanyDocument,
    "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      ...ContractDetails\n    }\n  }\n": types.CreateContractDocument,
    "\n  mutation UpdateContract($input: UpdateContractInput!) {\n    updateContract(input: $input) {\n      ...ContractDetails\n    }\n  }\n": types.UpdateContractDocument,
    "\n  mutation ChangePlan($input: ChangePlanInput!) {\n    changePlan(input: $input) {\n      ...PlanTermDetails\n    }\n  }\n": types.ChangePlanDocument,
    "\n  mutation AddContractOption($input: AddContractOptionInput!) {\n    addContractOption(input: $input) {\n      ...ContractOptionDetails\n    }\n  }\n": types.AddContractOptionDocument,
    "\n  mutation EndContractOption($input: EndContractOptionInput!) {\n    endContractOption(input: $input) {\n      ...ContractOptionDetails\n    }\n  }\n": types.EndContractOptionDocument,
    "\n  query DispatchPlan($clientCompanyId: ID) {\n    contract(clientCompanyId: $clientCompanyId) {\n      id\n      currentTerm {\n        id\n        plan {\n          code\n          dispatchIncluded\n        }\n      }\n    }\n  }\n": types.DispatchPlanDocument,
    "\n  query DispatchCandidates($intakeId: ID!, $category: String!, $siteAddress: String!) {\n    dispatchCandidates(intakeId: $intakeId, category: $category, siteAddress: $siteAddress) {\n      cityMatch\n      contractor {\n        id\n        name\n        priority\n      }\n    }\n  }\n": types.DispatchCandidatesDocument,
    "\n  mutation CreateDispatch($input: CreateDispatchInput!) {\n    createDispatch(input: $input) {\n      ...DispatchDetails\n    }\n  }\n": types.CreateDispatchDocument,
    "\n  mutation RecordDispatchReply($input: DispatchReplyInput!) {\n    recordDispatchReply(input: $input) {\n      ...DispatchDetails\n    }\n  }\n": types.RecordDispatchReplyDocument,
    "\n  mutation ResendDispatch($input: ResendDispatchInput!) {\n    resendDispatch(input: $input) {\n      ...DispatchDetails\n    }\n  }\n": types.ResendDispatchDocument,
    "\n  query OutboundMessages($clientCompanyId: ID, $first: Int!) {\n    outboundMessages(clientCompanyId: $clientCompanyId, first: $first) {\n      id\n      clientCompanyId\n      purpose\n      channel\n      recipient\n      subject\n      status\n      attempts\n      lastError\n      sentAt\n      reportedAt\n      createdAt\n    }\n  }\n": types.OutboundMessagesDocument,
    "\n  query UnmatchedDeliveryReports {\n    deliveryReports(unmatchedOnly: true, first: 20) {\n      id\n      source\n      outcome\n      subject\n      detail\n      receivedAt\n    }\n  }\n": types.UnmatchedDeliveryReportsDocument,
    "\n  mutation CreateFaqItem($input: CreateFaqItemInput!) {\n    createFaqItem(input: $input) {\n      ...FaqItemDetails\n    }\n  }\n": types.CreateFaqItemDocument,
    "\n  mutation UpdateFaqItem($input: UpdateFaqItemInput!) {\n    updateFaqItem(input: $input) {\n      ...FaqItemDetails\n    }\n  }\n": types.UpdateFaqItemDocument,
    "\n  mutation CorrectIntake($input: CorrectIntakeInput!) {\n    correctIntake(input: $input) {\n      id\n      version\n      fields\n      memo\n      callingNational\n      correctedAfterReport\n    }\n  }\n": types.CorrectIntakeDocument,
    "\n  query InboundMails($status: InboundMailStatus, $first: Int!) {\n    inboundMails(status: $status, first: $first) {\n      id\n      receivedAt\n      address\n      kind\n      status\n      reason\n      mailFrom\n      fromText\n      subject\n      size\n      intakeId\n      senderTrust\n      spf\n      dkim\n      dmarc\n      clientCompany {\n        id\n        name\n      }\n      attachments {\n        fileName\n        size\n      }\n    }\n  }\n": types.InboundMailsDocument,
    "\n  query MailQueue {\n    mailQueue {\n      ...DeskMail\n    }\n  }\n  fragment DeskMail on InboundMail {\n    id\n    receivedAt\n    kind\n    fromText\n    subject\n    department\n    vip\n    intakeId\n    clientCompany {\n      id\n      name\n    }\n  }\n": types.MailQueueDocument,
    "\n  query MyMailOffer {\n    myMailOffer {\n      id\n      expiresAt\n      mail {\n        ...DeskMail\n      }\n    }\n  }\n": types.MyMailOfferDocument,
    "\n  subscription MailOfferForMe {\n    mailOfferForMe {\n      id\n    }\n  }\n": types.MailOfferForMeDocument,
    "\n  query MailsInHand {\n    mailsInHand {\n      ...DeskMail\n    }\n  }\n": types.MailsInHandDocument,
    "\n  mutation TakeMail($id: ID!) {\n    takeMail(id: $id) {\n      id\n      takenBy\n    }\n  }\n": types.TakeMailDocument,
    "\n  mutation FinishMail($id: ID!) {\n    finishMail(id: $id) {\n      id\n      finishedAt\n    }\n  }\n": types.FinishMailDocument,
    "\n  query ReplyTemplates($clientCompanyId: ID!) {\n    replyTemplates(clientCompanyId: $clientCompanyId) {\n      id\n      name\n      subject\n      body\n      autoReply\n      version\n    }\n  }\n": types.ReplyTemplatesDocument,
    "\n  query DraftReply($inboundMailId: ID!, $templateId: ID!) {\n    draftReply(inboundMailId: $inboundMailId, templateId: $templateId) {\n      subject\n      body\n    }\n  }\n": types.DraftReplyDocument,
    "\n  mutation ReplyToMail($input: ReplyToMailInput!) {\n    replyToMail(input: $input) {\n      id\n    }\n  }\n": types.ReplyToMailDocument,
    "\n  subscription MailRecordChanged {\n    intakeRecordChanged {\n      id\n      channel\n    }\n  }\n": types.MailRecordChangedDocument,
    "\n  query InboundAddresses($clientCompanyId: ID!) {\n    inboundAddresses(clientCompanyId: $clientCompanyId) {\n      id\n      address\n      kind\n      label\n    }\n  }\n": types.InboundAddressesDocument,
    "\n  mutation AddInboundAddress($input: AddInboundAddressInput!) {\n    addInboundAddress(input: $input) {\n      id\n    }\n  }\n": types.AddInboundAddressDocument,
    "\n  mutation RemoveInboundAddress($id: ID!) {\n    removeInboundAddress(id: $id)\n  }\n": types.RemoveInboundAddressDocument,
    "\n  mutation SaveReplyTemplate($input: SaveReplyTemplateInput!) {\n    saveReplyTemplate(input: $input) {\n      id\n      version\n    }\n  }\n": types.SaveReplyTemplateDocument,
    "\n  mutation DeleteReplyTemplate($id: ID!) {\n    deleteReplyTemplate(id: $id)\n  }\n": types.DeleteReplyTemplateDocument,
    "\n  query Mailboxes($clientCompanyId: ID!) {\n    mailboxes(clientCompanyId: $clientCompanyId) {\n      ...MailboxDetails\n    }\n  }\n  fragment MailboxDetails on Mailbox {\n    id\n    kind\n    label\n    host\n    port\n    tls\n    username\n    folder\n    status\n    problem\n    lastError\n    checkedAt\n  }\n": types.MailboxesDocument,
    "\n  mutation AddMailbox($input: AddMailboxInput!) {\n    addMailbox(input: $input) {\n      ...MailboxDetails\n    }\n  }\n": types.AddMailboxDocument,
    "\n  mutation CheckMailbox($id: ID!) {\n    checkMailbox(id: $id) {\n      ...MailboxDetails\n    }\n  }\n": types.CheckMailboxDocument,
    "\n  mutation SetMailboxPassword($id: ID!, $password: String!) {\n    setMailboxPassword(id: $id, password: $password) {\n      ...MailboxDetails\n    }\n  }\n": types.SetMailboxPasswordDocument,
    "\n  mutation RemoveMailbox($id: ID!) {\n    removeMailbox(id: $id)\n  }\n": types.RemoveMailboxDocument,
    "\n  query MailRoutingRules($clientCompanyId: ID!) {\n    mailRoutingRules(clientCompanyId: $clientCompanyId) {\n      id\n      kind\n      pattern\n      department\n    }\n  }\n": types.MailRoutingRulesDocument,
    "\n  mutation AddMailRoutingRule($input: AddMailRoutingRuleInput!) {\n    addMailRoutingRule(input: $input) {\n      id\n    }\n  }\n": types.AddMailRoutingRuleDocument,
    "\n  mutation RemoveMailRoutingRule($id: ID!) {\n    removeMailRoutingRule(id: $id)\n  }\n": types.RemoveMailRoutingRuleDocument,
    "\n  mutation RequestPhoneNumber($input: RequestPhoneNumberInput!) {\n    requestPhoneNumber(input: $input) {\n      ...PhoneNumberDetails\n    }\n  }\n": types.RequestPhoneNumberDocument,
    "\n  mutation ChangePhoneNumberStatus($input: ChangeNumberStatusInput!) {\n    changePhoneNumberStatus(input: $input) {\n      ...PhoneNumberDetails\n    }\n  }\n": types.ChangePhoneNumberStatusDocument,
    "\n  mutation UpdatePhoneNumber($input: UpdatePhoneNumberInput!) {\n    updatePhoneNumber(input: $input) {\n      ...PhoneNumberDetails\n    }\n  }\n": types.UpdatePhoneNumberDocument,
    "\n  fragment PriceVersion on PlanPriceVersion {\n    id\n    effectiveFrom\n    monthlyFee\n    includedCalls\n    overagePerCall\n    includedMails\n    overagePerMail\n  }\n": types.PriceVersionFragmentDoc,
    "\n  query PlanCatalogue {\n    planCatalogue {\n      ...PlanSummary\n      description\n      dispatchIncluded\n      emailHandling\n      currentPrice {\n        ...PriceVersion\n      }\n      prices {\n        ...PriceVersion\n      }\n    }\n  }\n": types.PlanCatalogueDocument,
    "\n  mutation AddPlanPrice($input: AddPlanPriceInput!) {\n    addPlanPrice(input: $input) {\n      ...PriceVersion\n    }\n  }\n": types.AddPlanPriceDocument,
    "\n  query Script($clientCompanyId: ID!, $variant: ScriptVariant! = DEFAULT) {\n    script(clientCompanyId: $clientCompanyId, variant: $variant) {\n      id\n      clientCompanyId\n      variant\n      version\n      publishedVersionNo\n      draft {\n        greeting\n        specialInstructions\n        urgentKeywords\n        closingPhrase\n        fields {\n          ...IntakeFieldDetails\n        }\n      }\n    }\n  }\n": types.ScriptDocument,
    "\n  query ScriptVersions($clientCompanyId: ID!, $variant: ScriptVariant! = DEFAULT) {\n    scriptVersions(clientCompanyId: $clientCompanyId, variant: $variant) {\n      id\n      versionNo\n      publishedAt\n    }\n  }\n": types.ScriptVersionsDocument,
    "\n  mutation SaveScriptDraft($input: SaveScriptDraftInput!) {\n    saveScriptDraft(input: $input) {\n      id\n      clientCompanyId\n      variant\n      version\n      publishedVersionNo\n      draft {\n        greeting\n        specialInstructions\n        urgentKeywords\n        closingPhrase\n        fields {\n          ...IntakeFieldDetails\n        }\n      }\n    }\n  }\n": types.SaveScriptDraftDocument,
    "\n  mutation PublishScript($input: PublishScriptInput!) {\n    publishScript(input: $input) {\n      ...PublishedScript\n    }\n  }\n": types.PublishScriptDocument,
    "\n  query Skills {\n    clientGroups {\n      id\n      name\n      clientCompanyIds\n    }\n    callTakers {\n      userId\n      name\n      role\n      groupIds\n    }\n    clientCompanies {\n      id\n      name\n    }\n  }\n": types.SkillsDocument,
    "\n  mutation SaveClientGroup($name: String!, $clientCompanyIds: [ID!]!) {\n    saveClientGroup(name: $name, clientCompanyIds: $clientCompanyIds) {\n      id\n      name\n      clientCompanyIds\n    }\n  }\n": types.SaveClientGroupDocument,
    "\n  mutation SetOperatorSkills($userId: ID!, $groupIds: [ID!]!) {\n    setOperatorSkills(userId: $userId, groupIds: $groupIds) {\n      id\n    }\n  }\n": types.SetOperatorSkillsDocument,
    "\n  query PhoneCredentials {\n    softphoneCredentials {\n      wsUrl\n      sipUri\n      authorizationUser\n      password\n      expiresAt\n    }\n    twilioVoiceToken {\n      token\n      edge\n      expiresAt\n    }\n  }\n": types.PhoneCredentialsDocument,
    "\n  mutation StartCallback($id: ID!) {\n    startCallback(id: $id) {\n      callSessionId\n      provider\n      dial\n      toNational\n      callerIdNational\n      recorded\n    }\n  }\n": types.StartCallbackDocument,
    "\n  mutation SetVoicemailGreeting($input: VoicemailGreetingInput!) {\n    setVoicemailGreeting(input: $input) {\n      durationSeconds\n      updatedAt\n    }\n  }\n": types.SetVoicemailGreetingDocument,
    "\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      uri\n      qrSvg\n    }\n  }\n": types.StartTwoFactorSetupDocument,
    "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code) {\n      id\n      totpEnabledAt\n    }\n  }\n": types.ConfirmTwoFactorDocument,
    "\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code) {\n      id\n      totpEnabledAt\n    }\n  }\n": types.DisableTwoFactorDocument,
    "\n  query AuditLog(\n    $first: Int\n    $before: ID\n    $action: String\n    $clientCompanyId: ID\n    $from: String\n    $to: String\n  ) {\n    auditLog(\n      first: $first\n      before: $before\n      action: $action\n      clientCompanyId: $clientCompanyId\n      from: $from\n      to: $to\n    ) {\n      id\n      createdAt\n      actorName\n      actorRole\n      systemEntry\n      clientCompanyId\n      clientName\n      action\n      entityType\n      entityId\n      before\n      after\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment InvoiceDetails on Invoice {\n    id\n    kind\n    state\n    status\n    month\n    number\n    issueDate\n    dueDate\n    recipientName\n    lines\n    totals\n    total\n    paidAmount\n    balance\n    reason\n    version\n    clientCompany {\n      id\n      name\n    }\n  }\n": types.InvoiceDetailsFragmentDoc,
    "\n  query Invoices($month: String, $clientCompanyId: ID) {\n    invoices(month: $month, clientCompanyId: $clientCompanyId, first: 500) {\n      ...InvoiceDetails\n    }\n  }\n": types.InvoicesDocument,
    "\n  query Payments($unmatchedOnly: Boolean, $clientCompanyId: ID) {\n    payments(unmatchedOnly: $unmatchedOnly, clientCompanyId: $clientCompanyId, first: 200) {\n      id\n      clientCompanyId\n      receivedOn\n      amount\n      unallocated\n      payerName\n      method\n      source\n    }\n  }\n": types.PaymentsDocument,
    "\n  mutation WriteOffBankFee($invoiceId: ID!) {\n    writeOffBankFee(invoiceId: $invoiceId) {\n      ...InvoiceDetails\n    }\n  }\n": types.WriteOffBankFeeDocument,
    "\n  fragment ChangeRequestDetails on ChangeRequest {\n    id\n    clientCompanyId\n    target\n    subject\n    subjectKey\n    faqItemId\n    currentText\n    proposedText\n    appliedText\n    message\n    status\n    reviewComment\n    reviewedAt\n    createdAt\n  }\n": types.ChangeRequestDetailsFragmentDoc,
    "\n  query ChangeRequests($status: ChangeRequestStatus) {\n    changeRequests(status: $status) {\n      ...ChangeRequestDetails\n    }\n  }\n": types.ChangeRequestsDocument,
    "\n  mutation RequestChange($input: RequestChangeInput!) {\n    requestChange(input: $input) {\n      ...ChangeRequestDetails\n    }\n  }\n": types.RequestChangeDocument,
    "\n  fragment CompanySettings on ClientCompany {\n    id\n    version\n    reportMethod\n    reportEmail\n    reportFax\n    digestTime\n    escalationContacts {\n      name\n      phone\n      note\n    }\n  }\n": types.CompanySettingsFragmentDoc,
    "\n  query CompanySettingsOf($clientCompanyId: ID) {\n    clientCompany(clientCompanyId: $clientCompanyId) {\n      ...CompanySettings\n    }\n  }\n": types.CompanySettingsOfDocument,
    "\n  mutation UpdateCompanySettings($input: CompanySettingsInput!) {\n    updateCompanySettings(input: $input) {\n      ...CompanySettings\n    }\n  }\n": types.UpdateCompanySettingsDocument,
    "\n  fragment ContractorDetails on Contractor {\n    id\n    clientCompanyId\n    name\n    areas {\n      prefecture\n      city\n    }\n    categories\n    channels {\n      kind\n      address\n      hours {\n        start\n        end\n      }\n    }\n    priority\n    active\n    note\n    version\n  }\n": types.ContractorDetailsFragmentDoc,
    "\n  query Contractors($clientCompanyId: ID) {\n    contractors(clientCompanyId: $clientCompanyId) {\n      ...ContractorDetails\n    }\n  }\n": types.ContractorsDocument,
    "\n  mutation SaveContractor($input: SaveContractorInput!) {\n    saveContractor(input: $input) {\n      ...ContractorDetails\n    }\n  }\n": types.SaveContractorDocument,
    "\n  fragment ContractOptionDetails on ContractOption {\n    id\n    kind\n    description\n    quantity\n    monthlyFee\n    oneOffFee\n    startDate\n    endDate\n    earlyTerminationFee\n    equipmentModel\n    acquisition\n    phoneNumberId\n  }\n": types.ContractOptionDetailsFragmentDoc,
    "\n  fragment PlanTermDetails on ContractPlanTerm {\n    id\n    effectiveFrom\n    monthlyFeeOverride\n    includedCallsOverride\n    overagePerCallOverride\n    plan {\n      ...PlanSummary\n    }\n    price {\n      monthlyFee\n      includedCalls\n      overagePerCall\n    }\n  }\n": types.PlanTermDetailsFragmentDoc,
    "\n  fragment ContractDetails on Contract {\n    id\n    clientCompanyId\n    startDate\n    endDate\n    holidayRule\n    coverageSummary\n    billingTerms\n    serviceLevelPercent\n    serviceLevelSeconds\n    version\n    coverageWindows {\n      weekday\n      start\n      end\n    }\n    currentTerm {\n      ...PlanTermDetails\n    }\n    planTerms {\n      ...PlanTermDetails\n    }\n    options {\n      ...ContractOptionDetails\n    }\n  }\n": types.ContractDetailsFragmentDoc,
    "\n  query Contract($clientCompanyId: ID) {\n    contract(clientCompanyId: $clientCompanyId) {\n      ...ContractDetails\n    }\n  }\n": types.ContractDocument,
    "\n  fragment DispatchDetails on Dispatch {\n    id\n    dispatchNo\n    intakeId\n    clientCompanyId\n    status\n    alert\n    category\n    siteAddress\n    urgent\n    instructions\n    overrideReason\n    acknowledgedAt\n    acknowledgedVia\n    replyNote\n    createdAt\n    version\n    contractor {\n      id\n      name\n      channels {\n        kind\n        address\n      }\n    }\n    messages {\n      id\n      channel\n      recipient\n      status\n      attempts\n      lastError\n      sentAt\n      reportedAt\n      createdAt\n    }\n  }\n": types.DispatchDetailsFragmentDoc,
    "\n  query Dispatches($clientCompanyId: ID, $intakeId: ID, $statuses: [DispatchStatus!]) {\n    dispatches(clientCompanyId: $clientCompanyId, intakeId: $intakeId, statuses: $statuses) {\n      ...DispatchDetails\n    }\n  }\n": types.DispatchesDocument,
    "\n  subscription DispatchChanged($clientCompanyId: ID) {\n    dispatchChanged(clientCompanyId: $clientCompanyId) {\n      ...DispatchDetails\n    }\n  }\n": types.DispatchChangedDocument,
    "\n  fragment FaqItemDetails on FaqItem {\n    id\n    question\n    answer\n    tags\n    enabled\n    sortOrder\n    version\n  }\n": types.FaqItemDetailsFragmentDoc,
    "\n  query FaqItems($clientCompanyId: ID, $search: String, $includeDisabled: Boolean! = false) {\n    faqItems(\n      clientCompanyId: $clientCompanyId\n      search: $search\n      includeDisabled: $includeDisabled\n    ) {\n      ...FaqItemDetails\n    }\n  }\n": types.FaqItemsDocument,
    "\n  fragment IntakeRow on IntakeRecord {\n    id\n    recordNumber\n    clientCompanyId\n    receivedAt\n    channel\n    callingNational\n    fields\n    status\n    urgent\n    version\n    allowedTransitions\n  }\n": types.IntakeRowFragmentDoc,
    "\n  query IntakeRecords(\n    $clientCompanyId: ID\n    $from: String\n    $to: String\n    $statuses: [IntakeStatus!]\n    $callingNumber: String\n    $text: String\n    $first: Int!\n    $after: String\n  ) {\n    intakeRecords(\n      clientCompanyId: $clientCompanyId\n      from: $from\n      to: $to\n      statuses: $statuses\n      callingNumber: $callingNumber\n      text: $text\n      first: $first\n      after: $after\n    ) {\n      items {\n        ...IntakeRow\n      }\n      nextCursor\n    }\n  }\n": types.IntakeRecordsDocument,
    "\n  query IntakeRecord($id: ID!) {\n    intakeRecord(id: $id) {\n      ...IntakeRow\n      memo\n      scriptVersionId\n      correctedAfterReport\n      corrections {\n        id\n        reason\n        afterReport\n        createdAt\n        changes {\n          key\n          label\n          before\n          after\n        }\n      }\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        note\n        changedAt\n      }\n      comments {\n        id\n        body\n        createdAt\n      }\n      recordings {\n        id\n        kind\n        createdAt\n        durationSeconds\n        deleteOn\n        playUrl\n      }\n      mail {\n        id\n        kind\n        fromText\n        subject\n        textMisdecoded\n        senderTrust\n        spf\n        dkim\n        dmarc\n        attachments {\n          fileName\n          contentType\n          size\n          pages\n        }\n        takenBy\n        replies {\n          id\n          subject\n          body\n          sentBy\n          createdAt\n        }\n      }\n    }\n  }\n": types.IntakeRecordDocument,
    "\n  subscription IntakeRecordChanged {\n    intakeRecordChanged {\n      ...IntakeRow\n    }\n  }\n": types.IntakeRecordChangedDocument,
    "\n  mutation ChangeIntakeStatus($input: ChangeIntakeStatusInput!) {\n    changeIntakeStatus(input: $input) {\n      ...IntakeRow\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        note\n        changedAt\n      }\n    }\n  }\n": types.ChangeIntakeStatusDocument,
    "\n  mutation AddIntakeComment($intakeId: ID!, $body: String!) {\n    addIntakeComment(intakeId: $intakeId, body: $body) {\n      id\n      body\n      createdAt\n    }\n  }\n": types.AddIntakeCommentDocument,
    "\n  fragment PhoneNumberDetails on PhoneNumber {\n    id\n    national\n    kind\n    status\n    label\n    forwardToNational\n    expectedOpenDate\n    movingUntil\n    approvalNote\n    version\n  }\n": types.PhoneNumberDetailsFragmentDoc,
    "\n  query PhoneNumbers($clientCompanyId: ID) {\n    phoneNumbers(clientCompanyId: $clientCompanyId) {\n      ...PhoneNumberDetails\n    }\n  }\n": types.PhoneNumbersDocument,
    "\n  fragment PlanSummary on Plan {\n    code\n    nameJa\n    nameEn\n    faqLimit\n    extraFieldsAllowed\n  }\n": types.PlanSummaryFragmentDoc,
    "\n  fragment IntakeFieldDetails on IntakeFieldType_ {\n    key\n    label\n    type\n    required\n    helpText\n    options\n  }\n": types.IntakeFieldDetailsFragmentDoc,
    "\n  fragment PublishedScript on ScriptVersion {\n    id\n    versionNo\n    publishedAt\n    greeting\n    specialInstructions\n    urgentKeywords\n    closingPhrase\n    fields {\n      ...IntakeFieldDetails\n    }\n  }\n": types.PublishedScriptFragmentDoc,
    "\n  query PublishedScript($clientCompanyId: ID, $variant: ScriptVariant! = DEFAULT) {\n    publishedScript(clientCompanyId: $clientCompanyId, variant: $variant) {\n      ...PublishedScript\n    }\n  }\n": types.PublishedScriptDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n    permissions\n    locale\n    totpEnabledAt\n    twoFactorRequired\n    clientCompany {\n      id\n      name\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!, $code: String) {\n    login(email: $email, password: $password, code: $code) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshToken {\n    refreshToken {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPasswordWithLink($token: String!, $newPassword: String!) {\n    resetPasswordWithLink(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordWithLinkDocument,
    "\n  query UsageThisMonth($clientCompanyId: ID) {\n    usageThisMonth(clientCompanyId: $clientCompanyId) {\n      month\n      calls\n      mails\n      includedCalls\n      overCalls\n      mailsBilledApart\n      includedMails\n      overMails\n    }\n  }\n": types.UsageThisMonthDocument,
    "\n  query CompanyUsers($clientCompanyId: ID) {\n    users(clientCompanyId: $clientCompanyId) {\n      id\n      name\n      email\n      role\n      createdAt\n      active\n      version\n      totpEnabledAt\n    }\n  }\n": types.CompanyUsersDocument,
    "\n  mutation SetUserActive($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      active\n      version\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  mutation ResetTwoFactor($userId: ID!) {\n    resetTwoFactor(userId: $userId) {\n      id\n      totpEnabledAt\n    }\n  }\n": types.ResetTwoFactorDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      name\n      email\n      role\n      createdAt\n    }\n  }\n": types.CreateUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceRun($month: String!) {\n    invoiceRun(month: $month) {\n      id\n      month\n      state\n      total\n      done\n      error\n    }\n  }\n"): (typeof documents)["\n  query InvoiceRun($month: String!) {\n    invoiceRun(month: $month) {\n      id\n      month\n      state\n      total\n      done\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InvoiceRunChanged {\n    invoiceRunChanged {\n      id\n      month\n      state\n      total\n      done\n      error\n    }\n  }\n"): (typeof documents)["\n  subscription InvoiceRunChanged {\n    invoiceRunChanged {\n      id\n      month\n      state\n      total\n      done\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartInvoiceRun($month: String!) {\n    startInvoiceRun(month: $month) {\n      id\n      month\n      state\n      total\n      done\n      error\n    }\n  }\n"): (typeof documents)["\n  mutation StartInvoiceRun($month: String!) {\n    startInvoiceRun(month: $month) {\n      id\n      month\n      state\n      total\n      done\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueInvoice($id: ID!, $version: Int!) {\n    issueInvoice(id: $id, version: $version) {\n      ...InvoiceDetails\n    }\n  }\n"): (typeof documents)["\n  mutation IssueInvoice($id: ID!, $version: Int!) {\n    issueInvoice(id: $id, version: $version) {\n      ...InvoiceDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RebuildInvoiceDraft($id: ID!, $version: Int!) {\n    rebuildInvoiceDraft(id: $id, version: $version) {\n      ...InvoiceDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RebuildInvoiceDraft($id: ID!, $version: Int!) {\n    rebuildInvoiceDraft(id: $id, version: $version) {\n      ...InvoiceDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustInvoiceDraft($input: AdjustInvoiceInput!) {\n    adjustInvoiceDraft(input: $input) {\n      ...InvoiceDetails\n    }\n  }\n"): (typeof documents)["\n  mutation AdjustInvoiceDraft($input: AdjustInvoiceInput!) {\n    adjustInvoiceDraft(input: $input) {\n      ...InvoiceDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueAllInvoices($month: String!) {\n    issueAllInvoices(month: $month)\n  }\n"): (typeof documents)["\n  mutation IssueAllInvoices($month: String!) {\n    issueAllInvoices(month: $month)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCreditNote($input: CreditNoteInput!) {\n    createCreditNote(input: $input) {\n      ...InvoiceDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCreditNote($input: CreditNoteInput!) {\n    createCreditNote(input: $input) {\n      ...InvoiceDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidInvoice($input: VoidInvoiceInput!) {\n    voidInvoice(input: $input) {\n      ...InvoiceDetails\n    }\n  }\n"): (typeof documents)["\n  mutation VoidInvoice($input: VoidInvoiceInput!) {\n    voidInvoice(input: $input) {\n      ...InvoiceDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      amount\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportBankFile($input: BankFileInput!) {\n    importBankFile(input: $input) {\n      bankImport {\n        deposits\n        matched\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportBankFile($input: BankFileInput!) {\n    importBankFile(input: $input) {\n      bankImport {\n        deposits\n        matched\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchPayment($paymentId: ID!, $invoiceId: ID!) {\n    matchPayment(paymentId: $paymentId, invoiceId: $invoiceId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MatchPayment($paymentId: ID!, $invoiceId: ID!) {\n    matchPayment(paymentId: $paymentId, invoiceId: $invoiceId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgingReport {\n    agingReport {\n      bucket\n      invoices\n      amount\n    }\n  }\n"): (typeof documents)["\n  query AgingReport {\n    agingReport {\n      bucket\n      invoices\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingCatchUps($month: String!) {\n    pendingCatchUps(month: $month) {\n      clientCompanyId\n      clientName\n      lines\n      subtotal\n    }\n  }\n"): (typeof documents)["\n  query PendingCatchUps($month: String!) {\n    pendingCatchUps(month: $month) {\n      clientCompanyId\n      clientName\n      lines\n      subtotal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallCenterBoardDetails on CallCenterBoard {\n    queue {\n      call {\n        id\n        state\n        startedAt\n        callingE164\n        dialedE164\n        callerMark\n      }\n      clientName\n      waitingSeconds\n      targetSeconds\n      offeredTo\n      notOffered\n      trainedOnBreak\n    }\n    operators {\n      userId\n      name\n      state\n      since\n      afterCallWorkUntil\n      reason\n      note\n      callRecordId\n    }\n    serviceLevel {\n      answeredWithinTarget\n      answeredLate\n      abandoned\n      waitingOverTarget\n      share\n    }\n    clients {\n      clientCompanyId\n      clientName\n      targetPercent\n      targetSeconds\n      answeredWithinTarget\n      answeredLate\n      abandoned\n      waitingOverTarget\n      share\n      belowTarget\n    }\n  }\n"): (typeof documents)["\n  fragment CallCenterBoardDetails on CallCenterBoard {\n    queue {\n      call {\n        id\n        state\n        startedAt\n        callingE164\n        dialedE164\n        callerMark\n      }\n      clientName\n      waitingSeconds\n      targetSeconds\n      offeredTo\n      notOffered\n      trainedOnBreak\n    }\n    operators {\n      userId\n      name\n      state\n      since\n      afterCallWorkUntil\n      reason\n      note\n      callRecordId\n    }\n    serviceLevel {\n      answeredWithinTarget\n      answeredLate\n      abandoned\n      waitingOverTarget\n      share\n    }\n    clients {\n      clientCompanyId\n      clientName\n      targetPercent\n      targetSeconds\n      answeredWithinTarget\n      answeredLate\n      abandoned\n      waitingOverTarget\n      share\n      belowTarget\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallCenterBoard {\n    callCenterBoard {\n      ...CallCenterBoardDetails\n    }\n  }\n"): (typeof documents)["\n  query CallCenterBoard {\n    callCenterBoard {\n      ...CallCenterBoardDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CallCenterBoardChanged {\n    callCenterBoardChanged {\n      ...CallCenterBoardDetails\n    }\n  }\n"): (typeof documents)["\n  subscription CallCenterBoardChanged {\n    callCenterBoardChanged {\n      ...CallCenterBoardDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOperatorState($operatorId: ID!, $state: OperatorState!, $note: String!) {\n    setOperatorState(operatorId: $operatorId, state: $state, note: $note) {\n      userId\n      state\n      reason\n      note\n    }\n  }\n"): (typeof documents)["\n  mutation SetOperatorState($operatorId: ID!, $state: OperatorState!, $note: String!) {\n    setOperatorState(operatorId: $operatorId, state: $state, note: $note) {\n      userId\n      state\n      reason\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCall($callSessionId: ID!, $operatorId: ID!, $clientCompanyId: ID) {\n    assignCall(\n      callSessionId: $callSessionId\n      operatorId: $operatorId\n      clientCompanyId: $clientCompanyId\n    ) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssignCall($callSessionId: ID!, $operatorId: ID!, $clientCompanyId: ID) {\n    assignCall(\n      callSessionId: $callSessionId\n      operatorId: $operatorId\n      clientCompanyId: $clientCompanyId\n    ) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallerMarkDetails on CallerMark {\n    id\n    clientCompanyId\n    label\n    isPrefix\n    kind\n    status\n    note\n    createdAt\n    version\n  }\n"): (typeof documents)["\n  fragment CallerMarkDetails on CallerMark {\n    id\n    clientCompanyId\n    label\n    isPrefix\n    kind\n    status\n    note\n    createdAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallerMarks($clientCompanyId: ID) {\n    callerMarks(clientCompanyId: $clientCompanyId) {\n      ...CallerMarkDetails\n    }\n  }\n"): (typeof documents)["\n  query CallerMarks($clientCompanyId: ID) {\n    callerMarks(clientCompanyId: $clientCompanyId) {\n      ...CallerMarkDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposedCallerMarks {\n    proposedCallerMarks {\n      ...CallerMarkDetails\n    }\n  }\n"): (typeof documents)["\n  query ProposedCallerMarks {\n    proposedCallerMarks {\n      ...CallerMarkDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCallerMark($input: AddCallerMarkInput!) {\n    addCallerMark(input: $input) {\n      ...CallerMarkDetails\n    }\n  }\n"): (typeof documents)["\n  mutation AddCallerMark($input: AddCallerMarkInput!) {\n    addCallerMark(input: $input) {\n      ...CallerMarkDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmCallerMark($input: CallerMarkVersionInput!) {\n    confirmCallerMark(input: $input) {\n      ...CallerMarkDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmCallerMark($input: CallerMarkVersionInput!) {\n    confirmCallerMark(input: $input) {\n      ...CallerMarkDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCallerMark($input: CallerMarkVersionInput!) {\n    removeCallerMark(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCallerMark($input: CallerMarkVersionInput!) {\n    removeCallerMark(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportNuisanceCaller($input: ReportNuisanceCallerInput!) {\n    reportNuisanceCaller(input: $input) {\n      ...CallerMarkDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ReportNuisanceCaller($input: ReportNuisanceCallerInput!) {\n    reportNuisanceCaller(input: $input) {\n      ...CallerMarkDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyOperatorStatus on OperatorStatus {\n    userId\n    state\n    since\n    afterCallWorkUntil\n    reason\n    note\n    version\n  }\n"): (typeof documents)["\n  fragment MyOperatorStatus on OperatorStatus {\n    userId\n    state\n    since\n    afterCallWorkUntil\n    reason\n    note\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOperatorStatus {\n    myOperatorStatus {\n      ...MyOperatorStatus\n    }\n  }\n"): (typeof documents)["\n  query MyOperatorStatus {\n    myOperatorStatus {\n      ...MyOperatorStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyOperatorState($state: OperatorState!) {\n    setMyOperatorState(state: $state) {\n      ...MyOperatorStatus\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyOperatorState($state: OperatorState!) {\n    setMyOperatorState(state: $state) {\n      ...MyOperatorStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferDetails on OfferView {\n    offer {\n      id\n      callSessionId\n      state\n      offeredAt\n      expiresAt\n    }\n    client {\n      id\n      name\n      escalationContacts {\n        name\n        phone\n        note\n      }\n    }\n    greeting\n    scriptReason\n    coverageSummary\n    callingNational\n    script {\n      id\n      specialInstructions\n      urgentKeywords\n      closingPhrase\n      fields {\n        ...IntakeFieldDetails\n      }\n    }\n    callerHistory {\n      ...IntakeRow\n      memo\n    }\n  }\n"): (typeof documents)["\n  fragment OfferDetails on OfferView {\n    offer {\n      id\n      callSessionId\n      state\n      offeredAt\n      expiresAt\n    }\n    client {\n      id\n      name\n      escalationContacts {\n        name\n        phone\n        note\n      }\n    }\n    greeting\n    scriptReason\n    coverageSummary\n    callingNational\n    script {\n      id\n      specialInstructions\n      urgentKeywords\n      closingPhrase\n      fields {\n        ...IntakeFieldDetails\n      }\n    }\n    callerHistory {\n      ...IntakeRow\n      memo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOffer {\n    myOffer {\n      ...OfferDetails\n    }\n  }\n"): (typeof documents)["\n  query MyOffer {\n    myOffer {\n      ...OfferDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OfferForMe {\n    offerForMe {\n      ...OfferDetails\n    }\n  }\n"): (typeof documents)["\n  subscription OfferForMe {\n    offerForMe {\n      ...OfferDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOffer($id: ID!) {\n    acceptOffer(id: $id) {\n      ...OfferDetails\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptOffer($id: ID!) {\n    acceptOffer(id: $id) {\n      ...OfferDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishCall {\n    finishCall {\n      ...MyOperatorStatus\n    }\n  }\n"): (typeof documents)["\n  mutation FinishCall {\n    finishCall {\n      ...MyOperatorStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIntake($input: CreateIntakeInput!) {\n    createIntake(input: $input) {\n      ...IntakeRow\n      urgentKeywords\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIntake($input: CreateIntakeInput!) {\n    createIntake(input: $input) {\n      ...IntakeRow\n      urgentKeywords\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RingTestCall($clientCompanyId: ID!) {\n    ringTestCall(clientCompanyId: $clientCompanyId) {\n      id\n      state\n      dialedE164\n    }\n  }\n"): (typeof documents)["\n  mutation RingTestCall($clientCompanyId: ID!) {\n    ringTestCall(clientCompanyId: $clientCompanyId) {\n      id\n      state\n      dialedE164\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewChangeRequest($input: ReviewChangeInput!) {\n    reviewChangeRequest(input: $input) {\n      ...ChangeRequestDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewChangeRequest($input: ReviewChangeInput!) {\n    reviewChangeRequest(input: $input) {\n      ...ChangeRequestDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeRequestToReview($id: ID!) {\n    changeRequest(id: $id) {\n      ...ChangeRequestDetails\n      liveText\n    }\n  }\n"): (typeof documents)["\n  query ChangeRequestToReview($id: ID!) {\n    changeRequest(id: $id) {\n      ...ChangeRequestDetails\n      liveText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientCompanyDetails on ClientCompany {\n    id\n    name\n    nameKana\n    recordPrefix\n    status\n    postalCode\n    address\n    invoiceRecipientName\n    billingEmail\n    reportMethod\n    reportEmail\n    reportFax\n    digestTime\n    escalationContacts {\n      name\n      phone\n      note\n    }\n    nightHours {\n      from\n      until\n    }\n    closedDays {\n      from\n      until\n      reason\n    }\n    voicemailGreeting {\n      durationSeconds\n      updatedAt\n    }\n    version\n  }\n"): (typeof documents)["\n  fragment ClientCompanyDetails on ClientCompany {\n    id\n    name\n    nameKana\n    recordPrefix\n    status\n    postalCode\n    address\n    invoiceRecipientName\n    billingEmail\n    reportMethod\n    reportEmail\n    reportFax\n    digestTime\n    escalationContacts {\n      name\n      phone\n      note\n    }\n    nightHours {\n      from\n      until\n    }\n    closedDays {\n      from\n      until\n      reason\n    }\n    voicemailGreeting {\n      durationSeconds\n      updatedAt\n    }\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientCompanies($status: ClientStatus) {\n    clientCompanies(status: $status) {\n      id\n      name\n      nameKana\n      status\n    }\n  }\n"): (typeof documents)["\n  query ClientCompanies($status: ClientStatus) {\n    clientCompanies(status: $status) {\n      id\n      name\n      nameKana\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientCompany($clientCompanyId: ID!) {\n    clientCompany(clientCompanyId: $clientCompanyId) {\n      ...ClientCompanyDetails\n    }\n  }\n"): (typeof documents)["\n  query ClientCompany($clientCompanyId: ID!) {\n    clientCompany(clientCompanyId: $clientCompanyId) {\n      ...ClientCompanyDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientPlanToday($clientCompanyId: ID!) {\n    contract(clientCompanyId: $clientCompanyId) {\n      id\n      currentTerm {\n        id\n        plan {\n          code\n          nameJa\n          nameEn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientPlanToday($clientCompanyId: ID!) {\n    contract(clientCompanyId: $clientCompanyId) {\n      id\n      currentTerm {\n        id\n        plan {\n          code\n          nameJa\n          nameEn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClientCompany($input: CreateClientCompanyInput!) {\n    createClientCompany(input: $input) {\n      ...ClientCompanyDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateClientCompany($input: CreateClientCompanyInput!) {\n    createClientCompany(input: $input) {\n      ...ClientCompanyDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClientCompany($input: UpdateClientCompanyInput!) {\n    updateClientCompany(input: $input) {\n      ...ClientCompanyDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClientCompany($input: UpdateClientCompanyInput!) {\n    updateClientCompany(input: $input) {\n      ...ClientCompanyDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      ...ContractDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      ...ContractDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContract($input: UpdateContractInput!) {\n    updateContract(input: $input) {\n      ...ContractDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContract($input: UpdateContractInput!) {\n    updateContract(input: $input) {\n      ...ContractDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePlan($input: ChangePlanInput!) {\n    changePlan(input: $input) {\n      ...PlanTermDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePlan($input: ChangePlanInput!) {\n    changePlan(input: $input) {\n      ...PlanTermDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContractOption($input: AddContractOptionInput!) {\n    addContractOption(input: $input) {\n      ...ContractOptionDetails\n    }\n  }\n"): (typeof documents)["\n  mutation AddContractOption($input: AddContractOptionInput!) {\n    addContractOption(input: $input) {\n      ...ContractOptionDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndContractOption($input: EndContractOptionInput!) {\n    endContractOption(input: $input) {\n      ...ContractOptionDetails\n    }\n  }\n"): (typeof documents)["\n  mutation EndContractOption($input: EndContractOptionInput!) {\n    endContractOption(input: $input) {\n      ...ContractOptionDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchPlan($clientCompanyId: ID) {\n    contract(clientCompanyId: $clientCompanyId) {\n      id\n      currentTerm {\n        id\n        plan {\n          code\n          dispatchIncluded\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DispatchPlan($clientCompanyId: ID) {\n    contract(clientCompanyId: $clientCompanyId) {\n      id\n      currentTerm {\n        id\n        plan {\n          code\n          dispatchIncluded\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchCandidates($intakeId: ID!, $category: String!, $siteAddress: String!) {\n    dispatchCandidates(intakeId: $intakeId, category: $category, siteAddress: $siteAddress) {\n      cityMatch\n      contractor {\n        id\n        name\n        priority\n      }\n    }\n  }\n"): (typeof documents)["\n  query DispatchCandidates($intakeId: ID!, $category: String!, $siteAddress: String!) {\n    dispatchCandidates(intakeId: $intakeId, category: $category, siteAddress: $siteAddress) {\n      cityMatch\n      contractor {\n        id\n        name\n        priority\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDispatch($input: CreateDispatchInput!) {\n    createDispatch(input: $input) {\n      ...DispatchDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDispatch($input: CreateDispatchInput!) {\n    createDispatch(input: $input) {\n      ...DispatchDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDispatchReply($input: DispatchReplyInput!) {\n    recordDispatchReply(input: $input) {\n      ...DispatchDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDispatchReply($input: DispatchReplyInput!) {\n    recordDispatchReply(input: $input) {\n      ...DispatchDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendDispatch($input: ResendDispatchInput!) {\n    resendDispatch(input: $input) {\n      ...DispatchDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ResendDispatch($input: ResendDispatchInput!) {\n    resendDispatch(input: $input) {\n      ...DispatchDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboundMessages($clientCompanyId: ID, $first: Int!) {\n    outboundMessages(clientCompanyId: $clientCompanyId, first: $first) {\n      id\n      clientCompanyId\n      purpose\n      channel\n      recipient\n      subject\n      status\n      attempts\n      lastError\n      sentAt\n      reportedAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query OutboundMessages($clientCompanyId: ID, $first: Int!) {\n    outboundMessages(clientCompanyId: $clientCompanyId, first: $first) {\n      id\n      clientCompanyId\n      purpose\n      channel\n      recipient\n      subject\n      status\n      attempts\n      lastError\n      sentAt\n      reportedAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnmatchedDeliveryReports {\n    deliveryReports(unmatchedOnly: true, first: 20) {\n      id\n      source\n      outcome\n      subject\n      detail\n      receivedAt\n    }\n  }\n"): (typeof documents)["\n  query UnmatchedDeliveryReports {\n    deliveryReports(unmatchedOnly: true, first: 20) {\n      id\n      source\n      outcome\n      subject\n      detail\n      receivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFaqItem($input: CreateFaqItemInput!) {\n    createFaqItem(input: $input) {\n      ...FaqItemDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFaqItem($input: CreateFaqItemInput!) {\n    createFaqItem(input: $input) {\n      ...FaqItemDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFaqItem($input: UpdateFaqItemInput!) {\n    updateFaqItem(input: $input) {\n      ...FaqItemDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFaqItem($input: UpdateFaqItemInput!) {\n    updateFaqItem(input: $input) {\n      ...FaqItemDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectIntake($input: CorrectIntakeInput!) {\n    correctIntake(input: $input) {\n      id\n      version\n      fields\n      memo\n      callingNational\n      correctedAfterReport\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectIntake($input: CorrectIntakeInput!) {\n    correctIntake(input: $input) {\n      id\n      version\n      fields\n      memo\n      callingNational\n      correctedAfterReport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboundMails($status: InboundMailStatus, $first: Int!) {\n    inboundMails(status: $status, first: $first) {\n      id\n      receivedAt\n      address\n      kind\n      status\n      reason\n      mailFrom\n      fromText\n      subject\n      size\n      intakeId\n      senderTrust\n      spf\n      dkim\n      dmarc\n      clientCompany {\n        id\n        name\n      }\n      attachments {\n        fileName\n        size\n      }\n    }\n  }\n"): (typeof documents)["\n  query InboundMails($status: InboundMailStatus, $first: Int!) {\n    inboundMails(status: $status, first: $first) {\n      id\n      receivedAt\n      address\n      kind\n      status\n      reason\n      mailFrom\n      fromText\n      subject\n      size\n      intakeId\n      senderTrust\n      spf\n      dkim\n      dmarc\n      clientCompany {\n        id\n        name\n      }\n      attachments {\n        fileName\n        size\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailQueue {\n    mailQueue {\n      ...DeskMail\n    }\n  }\n  fragment DeskMail on InboundMail {\n    id\n    receivedAt\n    kind\n    fromText\n    subject\n    department\n    vip\n    intakeId\n    clientCompany {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MailQueue {\n    mailQueue {\n      ...DeskMail\n    }\n  }\n  fragment DeskMail on InboundMail {\n    id\n    receivedAt\n    kind\n    fromText\n    subject\n    department\n    vip\n    intakeId\n    clientCompany {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMailOffer {\n    myMailOffer {\n      id\n      expiresAt\n      mail {\n        ...DeskMail\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyMailOffer {\n    myMailOffer {\n      id\n      expiresAt\n      mail {\n        ...DeskMail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MailOfferForMe {\n    mailOfferForMe {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription MailOfferForMe {\n    mailOfferForMe {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailsInHand {\n    mailsInHand {\n      ...DeskMail\n    }\n  }\n"): (typeof documents)["\n  query MailsInHand {\n    mailsInHand {\n      ...DeskMail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeMail($id: ID!) {\n    takeMail(id: $id) {\n      id\n      takenBy\n    }\n  }\n"): (typeof documents)["\n  mutation TakeMail($id: ID!) {\n    takeMail(id: $id) {\n      id\n      takenBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishMail($id: ID!) {\n    finishMail(id: $id) {\n      id\n      finishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation FinishMail($id: ID!) {\n    finishMail(id: $id) {\n      id\n      finishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplyTemplates($clientCompanyId: ID!) {\n    replyTemplates(clientCompanyId: $clientCompanyId) {\n      id\n      name\n      subject\n      body\n      autoReply\n      version\n    }\n  }\n"): (typeof documents)["\n  query ReplyTemplates($clientCompanyId: ID!) {\n    replyTemplates(clientCompanyId: $clientCompanyId) {\n      id\n      name\n      subject\n      body\n      autoReply\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftReply($inboundMailId: ID!, $templateId: ID!) {\n    draftReply(inboundMailId: $inboundMailId, templateId: $templateId) {\n      subject\n      body\n    }\n  }\n"): (typeof documents)["\n  query DraftReply($inboundMailId: ID!, $templateId: ID!) {\n    draftReply(inboundMailId: $inboundMailId, templateId: $templateId) {\n      subject\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToMail($input: ReplyToMailInput!) {\n    replyToMail(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToMail($input: ReplyToMailInput!) {\n    replyToMail(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MailRecordChanged {\n    intakeRecordChanged {\n      id\n      channel\n    }\n  }\n"): (typeof documents)["\n  subscription MailRecordChanged {\n    intakeRecordChanged {\n      id\n      channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboundAddresses($clientCompanyId: ID!) {\n    inboundAddresses(clientCompanyId: $clientCompanyId) {\n      id\n      address\n      kind\n      label\n    }\n  }\n"): (typeof documents)["\n  query InboundAddresses($clientCompanyId: ID!) {\n    inboundAddresses(clientCompanyId: $clientCompanyId) {\n      id\n      address\n      kind\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddInboundAddress($input: AddInboundAddressInput!) {\n    addInboundAddress(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddInboundAddress($input: AddInboundAddressInput!) {\n    addInboundAddress(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveInboundAddress($id: ID!) {\n    removeInboundAddress(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveInboundAddress($id: ID!) {\n    removeInboundAddress(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReplyTemplate($input: SaveReplyTemplateInput!) {\n    saveReplyTemplate(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SaveReplyTemplate($input: SaveReplyTemplateInput!) {\n    saveReplyTemplate(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteReplyTemplate($id: ID!) {\n    deleteReplyTemplate(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteReplyTemplate($id: ID!) {\n    deleteReplyTemplate(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mailboxes($clientCompanyId: ID!) {\n    mailboxes(clientCompanyId: $clientCompanyId) {\n      ...MailboxDetails\n    }\n  }\n  fragment MailboxDetails on Mailbox {\n    id\n    kind\n    label\n    host\n    port\n    tls\n    username\n    folder\n    status\n    problem\n    lastError\n    checkedAt\n  }\n"): (typeof documents)["\n  query Mailboxes($clientCompanyId: ID!) {\n    mailboxes(clientCompanyId: $clientCompanyId) {\n      ...MailboxDetails\n    }\n  }\n  fragment MailboxDetails on Mailbox {\n    id\n    kind\n    label\n    host\n    port\n    tls\n    username\n    folder\n    status\n    problem\n    lastError\n    checkedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMailbox($input: AddMailboxInput!) {\n    addMailbox(input: $input) {\n      ...MailboxDetails\n    }\n  }\n"): (typeof documents)["\n  mutation AddMailbox($input: AddMailboxInput!) {\n    addMailbox(input: $input) {\n      ...MailboxDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckMailbox($id: ID!) {\n    checkMailbox(id: $id) {\n      ...MailboxDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CheckMailbox($id: ID!) {\n    checkMailbox(id: $id) {\n      ...MailboxDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMailboxPassword($id: ID!, $password: String!) {\n    setMailboxPassword(id: $id, password: $password) {\n      ...MailboxDetails\n    }\n  }\n"): (typeof documents)["\n  mutation SetMailboxPassword($id: ID!, $password: String!) {\n    setMailboxPassword(id: $id, password: $password) {\n      ...MailboxDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMailbox($id: ID!) {\n    removeMailbox(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveMailbox($id: ID!) {\n    removeMailbox(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailRoutingRules($clientCompanyId: ID!) {\n    mailRoutingRules(clientCompanyId: $clientCompanyId) {\n      id\n      kind\n      pattern\n      department\n    }\n  }\n"): (typeof documents)["\n  query MailRoutingRules($clientCompanyId: ID!) {\n    mailRoutingRules(clientCompanyId: $clientCompanyId) {\n      id\n      kind\n      pattern\n      department\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMailRoutingRule($input: AddMailRoutingRuleInput!) {\n    addMailRoutingRule(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddMailRoutingRule($input: AddMailRoutingRuleInput!) {\n    addMailRoutingRule(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMailRoutingRule($id: ID!) {\n    removeMailRoutingRule(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveMailRoutingRule($id: ID!) {\n    removeMailRoutingRule(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPhoneNumber($input: RequestPhoneNumberInput!) {\n    requestPhoneNumber(input: $input) {\n      ...PhoneNumberDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPhoneNumber($input: RequestPhoneNumberInput!) {\n    requestPhoneNumber(input: $input) {\n      ...PhoneNumberDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePhoneNumberStatus($input: ChangeNumberStatusInput!) {\n    changePhoneNumberStatus(input: $input) {\n      ...PhoneNumberDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePhoneNumberStatus($input: ChangeNumberStatusInput!) {\n    changePhoneNumberStatus(input: $input) {\n      ...PhoneNumberDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePhoneNumber($input: UpdatePhoneNumberInput!) {\n    updatePhoneNumber(input: $input) {\n      ...PhoneNumberDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePhoneNumber($input: UpdatePhoneNumberInput!) {\n    updatePhoneNumber(input: $input) {\n      ...PhoneNumberDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriceVersion on PlanPriceVersion {\n    id\n    effectiveFrom\n    monthlyFee\n    includedCalls\n    overagePerCall\n    includedMails\n    overagePerMail\n  }\n"): (typeof documents)["\n  fragment PriceVersion on PlanPriceVersion {\n    id\n    effectiveFrom\n    monthlyFee\n    includedCalls\n    overagePerCall\n    includedMails\n    overagePerMail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanCatalogue {\n    planCatalogue {\n      ...PlanSummary\n      description\n      dispatchIncluded\n      emailHandling\n      currentPrice {\n        ...PriceVersion\n      }\n      prices {\n        ...PriceVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanCatalogue {\n    planCatalogue {\n      ...PlanSummary\n      description\n      dispatchIncluded\n      emailHandling\n      currentPrice {\n        ...PriceVersion\n      }\n      prices {\n        ...PriceVersion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlanPrice($input: AddPlanPriceInput!) {\n    addPlanPrice(input: $input) {\n      ...PriceVersion\n    }\n  }\n"): (typeof documents)["\n  mutation AddPlanPrice($input: AddPlanPriceInput!) {\n    addPlanPrice(input: $input) {\n      ...PriceVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Script($clientCompanyId: ID!, $variant: ScriptVariant! = DEFAULT) {\n    script(clientCompanyId: $clientCompanyId, variant: $variant) {\n      id\n      clientCompanyId\n      variant\n      version\n      publishedVersionNo\n      draft {\n        greeting\n        specialInstructions\n        urgentKeywords\n        closingPhrase\n        fields {\n          ...IntakeFieldDetails\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Script($clientCompanyId: ID!, $variant: ScriptVariant! = DEFAULT) {\n    script(clientCompanyId: $clientCompanyId, variant: $variant) {\n      id\n      clientCompanyId\n      variant\n      version\n      publishedVersionNo\n      draft {\n        greeting\n        specialInstructions\n        urgentKeywords\n        closingPhrase\n        fields {\n          ...IntakeFieldDetails\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScriptVersions($clientCompanyId: ID!, $variant: ScriptVariant! = DEFAULT) {\n    scriptVersions(clientCompanyId: $clientCompanyId, variant: $variant) {\n      id\n      versionNo\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  query ScriptVersions($clientCompanyId: ID!, $variant: ScriptVariant! = DEFAULT) {\n    scriptVersions(clientCompanyId: $clientCompanyId, variant: $variant) {\n      id\n      versionNo\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveScriptDraft($input: SaveScriptDraftInput!) {\n    saveScriptDraft(input: $input) {\n      id\n      clientCompanyId\n      variant\n      version\n      publishedVersionNo\n      draft {\n        greeting\n        specialInstructions\n        urgentKeywords\n        closingPhrase\n        fields {\n          ...IntakeFieldDetails\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveScriptDraft($input: SaveScriptDraftInput!) {\n    saveScriptDraft(input: $input) {\n      id\n      clientCompanyId\n      variant\n      version\n      publishedVersionNo\n      draft {\n        greeting\n        specialInstructions\n        urgentKeywords\n        closingPhrase\n        fields {\n          ...IntakeFieldDetails\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishScript($input: PublishScriptInput!) {\n    publishScript(input: $input) {\n      ...PublishedScript\n    }\n  }\n"): (typeof documents)["\n  mutation PublishScript($input: PublishScriptInput!) {\n    publishScript(input: $input) {\n      ...PublishedScript\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Skills {\n    clientGroups {\n      id\n      name\n      clientCompanyIds\n    }\n    callTakers {\n      userId\n      name\n      role\n      groupIds\n    }\n    clientCompanies {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Skills {\n    clientGroups {\n      id\n      name\n      clientCompanyIds\n    }\n    callTakers {\n      userId\n      name\n      role\n      groupIds\n    }\n    clientCompanies {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveClientGroup($name: String!, $clientCompanyIds: [ID!]!) {\n    saveClientGroup(name: $name, clientCompanyIds: $clientCompanyIds) {\n      id\n      name\n      clientCompanyIds\n    }\n  }\n"): (typeof documents)["\n  mutation SaveClientGroup($name: String!, $clientCompanyIds: [ID!]!) {\n    saveClientGroup(name: $name, clientCompanyIds: $clientCompanyIds) {\n      id\n      name\n      clientCompanyIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOperatorSkills($userId: ID!, $groupIds: [ID!]!) {\n    setOperatorSkills(userId: $userId, groupIds: $groupIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetOperatorSkills($userId: ID!, $groupIds: [ID!]!) {\n    setOperatorSkills(userId: $userId, groupIds: $groupIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhoneCredentials {\n    softphoneCredentials {\n      wsUrl\n      sipUri\n      authorizationUser\n      password\n      expiresAt\n    }\n    twilioVoiceToken {\n      token\n      edge\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query PhoneCredentials {\n    softphoneCredentials {\n      wsUrl\n      sipUri\n      authorizationUser\n      password\n      expiresAt\n    }\n    twilioVoiceToken {\n      token\n      edge\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCallback($id: ID!) {\n    startCallback(id: $id) {\n      callSessionId\n      provider\n      dial\n      toNational\n      callerIdNational\n      recorded\n    }\n  }\n"): (typeof documents)["\n  mutation StartCallback($id: ID!) {\n    startCallback(id: $id) {\n      callSessionId\n      provider\n      dial\n      toNational\n      callerIdNational\n      recorded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetVoicemailGreeting($input: VoicemailGreetingInput!) {\n    setVoicemailGreeting(input: $input) {\n      durationSeconds\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetVoicemailGreeting($input: VoicemailGreetingInput!) {\n    setVoicemailGreeting(input: $input) {\n      durationSeconds\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      uri\n      qrSvg\n    }\n  }\n"): (typeof documents)["\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      uri\n      qrSvg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code) {\n      id\n      totpEnabledAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code) {\n      id\n      totpEnabledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code) {\n      id\n      totpEnabledAt\n    }\n  }\n"): (typeof documents)["\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code) {\n      id\n      totpEnabledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog(\n    $first: Int\n    $before: ID\n    $action: String\n    $clientCompanyId: ID\n    $from: String\n    $to: String\n  ) {\n    auditLog(\n      first: $first\n      before: $before\n      action: $action\n      clientCompanyId: $clientCompanyId\n      from: $from\n      to: $to\n    ) {\n      id\n      createdAt\n      actorName\n      actorRole\n      systemEntry\n      clientCompanyId\n      clientName\n      action\n      entityType\n      entityId\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  query AuditLog(\n    $first: Int\n    $before: ID\n    $action: String\n    $clientCompanyId: ID\n    $from: String\n    $to: String\n  ) {\n    auditLog(\n      first: $first\n      before: $before\n      action: $action\n      clientCompanyId: $clientCompanyId\n      from: $from\n      to: $to\n    ) {\n      id\n      createdAt\n      actorName\n      actorRole\n      systemEntry\n      clientCompanyId\n      clientName\n      action\n      entityType\n      entityId\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceDetails on Invoice {\n    id\n    kind\n    state\n    status\n    month\n    number\n    issueDate\n    dueDate\n    recipientName\n    lines\n    totals\n    total\n    paidAmount\n    balance\n    reason\n    version\n    clientCompany {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment InvoiceDetails on Invoice {\n    id\n    kind\n    state\n    status\n    month\n    number\n    issueDate\n    dueDate\n    recipientName\n    lines\n    totals\n    total\n    paidAmount\n    balance\n    reason\n    version\n    clientCompany {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invoices($month: String, $clientCompanyId: ID) {\n    invoices(month: $month, clientCompanyId: $clientCompanyId, first: 500) {\n      ...InvoiceDetails\n    }\n  }\n"): (typeof documents)["\n  query Invoices($month: String, $clientCompanyId: ID) {\n    invoices(month: $month, clientCompanyId: $clientCompanyId, first: 500) {\n      ...InvoiceDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Payments($unmatchedOnly: Boolean, $clientCompanyId: ID) {\n    payments(unmatchedOnly: $unmatchedOnly, clientCompanyId: $clientCompanyId, first: 200) {\n      id\n      clientCompanyId\n      receivedOn\n      amount\n      unallocated\n      payerName\n      method\n      source\n    }\n  }\n"): (typeof documents)["\n  query Payments($unmatchedOnly: Boolean, $clientCompanyId: ID) {\n    payments(unmatchedOnly: $unmatchedOnly, clientCompanyId: $clientCompanyId, first: 200) {\n      id\n      clientCompanyId\n      receivedOn\n      amount\n      unallocated\n      payerName\n      method\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteOffBankFee($invoiceId: ID!) {\n    writeOffBankFee(invoiceId: $invoiceId) {\n      ...InvoiceDetails\n    }\n  }\n"): (typeof documents)["\n  mutation WriteOffBankFee($invoiceId: ID!) {\n    writeOffBankFee(invoiceId: $invoiceId) {\n      ...InvoiceDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeRequestDetails on ChangeRequest {\n    id\n    clientCompanyId\n    target\n    subject\n    subjectKey\n    faqItemId\n    currentText\n    proposedText\n    appliedText\n    message\n    status\n    reviewComment\n    reviewedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ChangeRequestDetails on ChangeRequest {\n    id\n    clientCompanyId\n    target\n    subject\n    subjectKey\n    faqItemId\n    currentText\n    proposedText\n    appliedText\n    message\n    status\n    reviewComment\n    reviewedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeRequests($status: ChangeRequestStatus) {\n    changeRequests(status: $status) {\n      ...ChangeRequestDetails\n    }\n  }\n"): (typeof documents)["\n  query ChangeRequests($status: ChangeRequestStatus) {\n    changeRequests(status: $status) {\n      ...ChangeRequestDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestChange($input: RequestChangeInput!) {\n    requestChange(input: $input) {\n      ...ChangeRequestDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RequestChange($input: RequestChangeInput!) {\n    requestChange(input: $input) {\n      ...ChangeRequestDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanySettings on ClientCompany {\n    id\n    version\n    reportMethod\n    reportEmail\n    reportFax\n    digestTime\n    escalationContacts {\n      name\n      phone\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment CompanySettings on ClientCompany {\n    id\n    version\n    reportMethod\n    reportEmail\n    reportFax\n    digestTime\n    escalationContacts {\n      name\n      phone\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanySettingsOf($clientCompanyId: ID) {\n    clientCompany(clientCompanyId: $clientCompanyId) {\n      ...CompanySettings\n    }\n  }\n"): (typeof documents)["\n  query CompanySettingsOf($clientCompanyId: ID) {\n    clientCompany(clientCompanyId: $clientCompanyId) {\n      ...CompanySettings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompanySettings($input: CompanySettingsInput!) {\n    updateCompanySettings(input: $input) {\n      ...CompanySettings\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCompanySettings($input: CompanySettingsInput!) {\n    updateCompanySettings(input: $input) {\n      ...CompanySettings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractorDetails on Contractor {\n    id\n    clientCompanyId\n    name\n    areas {\n      prefecture\n      city\n    }\n    categories\n    channels {\n      kind\n      address\n      hours {\n        start\n        end\n      }\n    }\n    priority\n    active\n    note\n    version\n  }\n"): (typeof documents)["\n  fragment ContractorDetails on Contractor {\n    id\n    clientCompanyId\n    name\n    areas {\n      prefecture\n      city\n    }\n    categories\n    channels {\n      kind\n      address\n      hours {\n        start\n        end\n      }\n    }\n    priority\n    active\n    note\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contractors($clientCompanyId: ID) {\n    contractors(clientCompanyId: $clientCompanyId) {\n      ...ContractorDetails\n    }\n  }\n"): (typeof documents)["\n  query Contractors($clientCompanyId: ID) {\n    contractors(clientCompanyId: $clientCompanyId) {\n      ...ContractorDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveContractor($input: SaveContractorInput!) {\n    saveContractor(input: $input) {\n      ...ContractorDetails\n    }\n  }\n"): (typeof documents)["\n  mutation SaveContractor($input: SaveContractorInput!) {\n    saveContractor(input: $input) {\n      ...ContractorDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractOptionDetails on ContractOption {\n    id\n    kind\n    description\n    quantity\n    monthlyFee\n    oneOffFee\n    startDate\n    endDate\n    earlyTerminationFee\n    equipmentModel\n    acquisition\n    phoneNumberId\n  }\n"): (typeof documents)["\n  fragment ContractOptionDetails on ContractOption {\n    id\n    kind\n    description\n    quantity\n    monthlyFee\n    oneOffFee\n    startDate\n    endDate\n    earlyTerminationFee\n    equipmentModel\n    acquisition\n    phoneNumberId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanTermDetails on ContractPlanTerm {\n    id\n    effectiveFrom\n    monthlyFeeOverride\n    includedCallsOverride\n    overagePerCallOverride\n    plan {\n      ...PlanSummary\n    }\n    price {\n      monthlyFee\n      includedCalls\n      overagePerCall\n    }\n  }\n"): (typeof documents)["\n  fragment PlanTermDetails on ContractPlanTerm {\n    id\n    effectiveFrom\n    monthlyFeeOverride\n    includedCallsOverride\n    overagePerCallOverride\n    plan {\n      ...PlanSummary\n    }\n    price {\n      monthlyFee\n      includedCalls\n      overagePerCall\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractDetails on Contract {\n    id\n    clientCompanyId\n    startDate\n    endDate\n    holidayRule\n    coverageSummary\n    billingTerms\n    serviceLevelPercent\n    serviceLevelSeconds\n    version\n    coverageWindows {\n      weekday\n      start\n      end\n    }\n    currentTerm {\n      ...PlanTermDetails\n    }\n    planTerms {\n      ...PlanTermDetails\n    }\n    options {\n      ...ContractOptionDetails\n    }\n  }\n"): (typeof documents)["\n  fragment ContractDetails on Contract {\n    id\n    clientCompanyId\n    startDate\n    endDate\n    holidayRule\n    coverageSummary\n    billingTerms\n    serviceLevelPercent\n    serviceLevelSeconds\n    version\n    coverageWindows {\n      weekday\n      start\n      end\n    }\n    currentTerm {\n      ...PlanTermDetails\n    }\n    planTerms {\n      ...PlanTermDetails\n    }\n    options {\n      ...ContractOptionDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contract($clientCompanyId: ID) {\n    contract(clientCompanyId: $clientCompanyId) {\n      ...ContractDetails\n    }\n  }\n"): (typeof documents)["\n  query Contract($clientCompanyId: ID) {\n    contract(clientCompanyId: $clientCompanyId) {\n      ...ContractDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DispatchDetails on Dispatch {\n    id\n    dispatchNo\n    intakeId\n    clientCompanyId\n    status\n    alert\n    category\n    siteAddress\n    urgent\n    instructions\n    overrideReason\n    acknowledgedAt\n    acknowledgedVia\n    replyNote\n    createdAt\n    version\n    contractor {\n      id\n      name\n      channels {\n        kind\n        address\n      }\n    }\n    messages {\n      id\n      channel\n      recipient\n      status\n      attempts\n      lastError\n      sentAt\n      reportedAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment DispatchDetails on Dispatch {\n    id\n    dispatchNo\n    intakeId\n    clientCompanyId\n    status\n    alert\n    category\n    siteAddress\n    urgent\n    instructions\n    overrideReason\n    acknowledgedAt\n    acknowledgedVia\n    replyNote\n    createdAt\n    version\n    contractor {\n      id\n      name\n      channels {\n        kind\n        address\n      }\n    }\n    messages {\n      id\n      channel\n      recipient\n      status\n      attempts\n      lastError\n      sentAt\n      reportedAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dispatches($clientCompanyId: ID, $intakeId: ID, $statuses: [DispatchStatus!]) {\n    dispatches(clientCompanyId: $clientCompanyId, intakeId: $intakeId, statuses: $statuses) {\n      ...DispatchDetails\n    }\n  }\n"): (typeof documents)["\n  query Dispatches($clientCompanyId: ID, $intakeId: ID, $statuses: [DispatchStatus!]) {\n    dispatches(clientCompanyId: $clientCompanyId, intakeId: $intakeId, statuses: $statuses) {\n      ...DispatchDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DispatchChanged($clientCompanyId: ID) {\n    dispatchChanged(clientCompanyId: $clientCompanyId) {\n      ...DispatchDetails\n    }\n  }\n"): (typeof documents)["\n  subscription DispatchChanged($clientCompanyId: ID) {\n    dispatchChanged(clientCompanyId: $clientCompanyId) {\n      ...DispatchDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FaqItemDetails on FaqItem {\n    id\n    question\n    answer\n    tags\n    enabled\n    sortOrder\n    version\n  }\n"): (typeof documents)["\n  fragment FaqItemDetails on FaqItem {\n    id\n    question\n    answer\n    tags\n    enabled\n    sortOrder\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqItems($clientCompanyId: ID, $search: String, $includeDisabled: Boolean! = false) {\n    faqItems(\n      clientCompanyId: $clientCompanyId\n      search: $search\n      includeDisabled: $includeDisabled\n    ) {\n      ...FaqItemDetails\n    }\n  }\n"): (typeof documents)["\n  query FaqItems($clientCompanyId: ID, $search: String, $includeDisabled: Boolean! = false) {\n    faqItems(\n      clientCompanyId: $clientCompanyId\n      search: $search\n      includeDisabled: $includeDisabled\n    ) {\n      ...FaqItemDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IntakeRow on IntakeRecord {\n    id\n    recordNumber\n    clientCompanyId\n    receivedAt\n    channel\n    callingNational\n    fields\n    status\n    urgent\n    version\n    allowedTransitions\n  }\n"): (typeof documents)["\n  fragment IntakeRow on IntakeRecord {\n    id\n    recordNumber\n    clientCompanyId\n    receivedAt\n    channel\n    callingNational\n    fields\n    status\n    urgent\n    version\n    allowedTransitions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeRecords(\n    $clientCompanyId: ID\n    $from: String\n    $to: String\n    $statuses: [IntakeStatus!]\n    $callingNumber: String\n    $text: String\n    $first: Int!\n    $after: String\n  ) {\n    intakeRecords(\n      clientCompanyId: $clientCompanyId\n      from: $from\n      to: $to\n      statuses: $statuses\n      callingNumber: $callingNumber\n      text: $text\n      first: $first\n      after: $after\n    ) {\n      items {\n        ...IntakeRow\n      }\n      nextCursor\n    }\n  }\n"): (typeof documents)["\n  query IntakeRecords(\n    $clientCompanyId: ID\n    $from: String\n    $to: String\n    $statuses: [IntakeStatus!]\n    $callingNumber: String\n    $text: String\n    $first: Int!\n    $after: String\n  ) {\n    intakeRecords(\n      clientCompanyId: $clientCompanyId\n      from: $from\n      to: $to\n      statuses: $statuses\n      callingNumber: $callingNumber\n      text: $text\n      first: $first\n      after: $after\n    ) {\n      items {\n        ...IntakeRow\n      }\n      nextCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeRecord($id: ID!) {\n    intakeRecord(id: $id) {\n      ...IntakeRow\n      memo\n      scriptVersionId\n      correctedAfterReport\n      corrections {\n        id\n        reason\n        afterReport\n        createdAt\n        changes {\n          key\n          label\n          before\n          after\n        }\n      }\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        note\n        changedAt\n      }\n      comments {\n        id\n        body\n        createdAt\n      }\n      recordings {\n        id\n        kind\n        createdAt\n        durationSeconds\n        deleteOn\n        playUrl\n      }\n      mail {\n        id\n        kind\n        fromText\n        subject\n        textMisdecoded\n        senderTrust\n        spf\n        dkim\n        dmarc\n        attachments {\n          fileName\n          contentType\n          size\n          pages\n        }\n        takenBy\n        replies {\n          id\n          subject\n          body\n          sentBy\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntakeRecord($id: ID!) {\n    intakeRecord(id: $id) {\n      ...IntakeRow\n      memo\n      scriptVersionId\n      correctedAfterReport\n      corrections {\n        id\n        reason\n        afterReport\n        createdAt\n        changes {\n          key\n          label\n          before\n          after\n        }\n      }\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        note\n        changedAt\n      }\n      comments {\n        id\n        body\n        createdAt\n      }\n      recordings {\n        id\n        kind\n        createdAt\n        durationSeconds\n        deleteOn\n        playUrl\n      }\n      mail {\n        id\n        kind\n        fromText\n        subject\n        textMisdecoded\n        senderTrust\n        spf\n        dkim\n        dmarc\n        attachments {\n          fileName\n          contentType\n          size\n          pages\n        }\n        takenBy\n        replies {\n          id\n          subject\n          body\n          sentBy\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IntakeRecordChanged {\n    intakeRecordChanged {\n      ...IntakeRow\n    }\n  }\n"): (typeof documents)["\n  subscription IntakeRecordChanged {\n    intakeRecordChanged {\n      ...IntakeRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeIntakeStatus($input: ChangeIntakeStatusInput!) {\n    changeIntakeStatus(input: $input) {\n      ...IntakeRow\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        note\n        changedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeIntakeStatus($input: ChangeIntakeStatusInput!) {\n    changeIntakeStatus(input: $input) {\n      ...IntakeRow\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        note\n        changedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddIntakeComment($intakeId: ID!, $body: String!) {\n    addIntakeComment(intakeId: $intakeId, body: $body) {\n      id\n      body\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddIntakeComment($intakeId: ID!, $body: String!) {\n    addIntakeComment(intakeId: $intakeId, body: $body) {\n      id\n      body\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PhoneNumberDetails on PhoneNumber {\n    id\n    national\n    kind\n    status\n    label\n    forwardToNational\n    expectedOpenDate\n    movingUntil\n    approvalNote\n    version\n  }\n"): (typeof documents)["\n  fragment PhoneNumberDetails on PhoneNumber {\n    id\n    national\n    kind\n    status\n    label\n    forwardToNational\n    expectedOpenDate\n    movingUntil\n    approvalNote\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhoneNumbers($clientCompanyId: ID) {\n    phoneNumbers(clientCompanyId: $clientCompanyId) {\n      ...PhoneNumberDetails\n    }\n  }\n"): (typeof documents)["\n  query PhoneNumbers($clientCompanyId: ID) {\n    phoneNumbers(clientCompanyId: $clientCompanyId) {\n      ...PhoneNumberDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanSummary on Plan {\n    code\n    nameJa\n    nameEn\n    faqLimit\n    extraFieldsAllowed\n  }\n"): (typeof documents)["\n  fragment PlanSummary on Plan {\n    code\n    nameJa\n    nameEn\n    faqLimit\n    extraFieldsAllowed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IntakeFieldDetails on IntakeFieldType_ {\n    key\n    label\n    type\n    required\n    helpText\n    options\n  }\n"): (typeof documents)["\n  fragment IntakeFieldDetails on IntakeFieldType_ {\n    key\n    label\n    type\n    required\n    helpText\n    options\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublishedScript on ScriptVersion {\n    id\n    versionNo\n    publishedAt\n    greeting\n    specialInstructions\n    urgentKeywords\n    closingPhrase\n    fields {\n      ...IntakeFieldDetails\n    }\n  }\n"): (typeof documents)["\n  fragment PublishedScript on ScriptVersion {\n    id\n    versionNo\n    publishedAt\n    greeting\n    specialInstructions\n    urgentKeywords\n    closingPhrase\n    fields {\n      ...IntakeFieldDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedScript($clientCompanyId: ID, $variant: ScriptVariant! = DEFAULT) {\n    publishedScript(clientCompanyId: $clientCompanyId, variant: $variant) {\n      ...PublishedScript\n    }\n  }\n"): (typeof documents)["\n  query PublishedScript($clientCompanyId: ID, $variant: ScriptVariant! = DEFAULT) {\n    publishedScript(clientCompanyId: $clientCompanyId, variant: $variant) {\n      ...PublishedScript\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n    permissions\n    locale\n    totpEnabledAt\n    twoFactorRequired\n    clientCompany {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n    permissions\n    locale\n    totpEnabledAt\n    twoFactorRequired\n    clientCompany {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!, $code: String) {\n    login(email: $email, password: $password, code: $code) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!, $code: String) {\n    login(email: $email, password: $password, code: $code) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken {\n    refreshToken {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshToken {\n    refreshToken {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPasswordWithLink($token: String!, $newPassword: String!) {\n    resetPasswordWithLink(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPasswordWithLink($token: String!, $newPassword: String!) {\n    resetPasswordWithLink(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageThisMonth($clientCompanyId: ID) {\n    usageThisMonth(clientCompanyId: $clientCompanyId) {\n      month\n      calls\n      mails\n      includedCalls\n      overCalls\n      mailsBilledApart\n      includedMails\n      overMails\n    }\n  }\n"): (typeof documents)["\n  query UsageThisMonth($clientCompanyId: ID) {\n    usageThisMonth(clientCompanyId: $clientCompanyId) {\n      month\n      calls\n      mails\n      includedCalls\n      overCalls\n      mailsBilledApart\n      includedMails\n      overMails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyUsers($clientCompanyId: ID) {\n    users(clientCompanyId: $clientCompanyId) {\n      id\n      name\n      email\n      role\n      createdAt\n      active\n      version\n      totpEnabledAt\n    }\n  }\n"): (typeof documents)["\n  query CompanyUsers($clientCompanyId: ID) {\n    users(clientCompanyId: $clientCompanyId) {\n      id\n      name\n      email\n      role\n      createdAt\n      active\n      version\n      totpEnabledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetTwoFactor($userId: ID!) {\n    resetTwoFactor(userId: $userId) {\n      id\n      totpEnabledAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResetTwoFactor($userId: ID!) {\n    resetTwoFactor(userId: $userId) {\n      id\n      totpEnabledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      name\n      email\n      role\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      name\n      email\n      role\n      createdAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;